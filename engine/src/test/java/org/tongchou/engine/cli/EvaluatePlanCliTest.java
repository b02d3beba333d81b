package org.tongchou.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.engine.io.CsvTable;

/** {@code engine evaluate-plan} as a user runs it: a plan file, a data table and a framework table in, CSV out. */
class EvaluatePlanCliTest {
    @TempDir
    Path dir;

    Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    void miniCity() throws Exception {
        file("towns.csv", """
                code,name,region,x1,x2,urate,x3,pop
                A,甲镇,north,10,5,50,7,100
                B,乙镇,south,20,3,60,1,200
                C,丙镇,north,30,1,80,4,300
                """);
        file("framework.csv", """
                iCode,Level,Parent,Weight,Direction
                x1,1,d1,1,1
                x2,1,d1,1,-1
                urate,1,d2,1,1
                x3,1,d2,1,1
                d1,2,index,1,
                d2,2,index,1,
                index,3,,1,
                """);
    }

    @Test
    void writesTheHandWorkedScoresAndRanksWithRanksWithinGroups() throws Exception {
        miniCity();
        Path plan = file("plan.properties", """
                data = towns.csv
                framework = framework.csv
                id-column = code
                ignore = name
                groups = region
                normalisation = minmax
                indicator-weighting = equal
                group-weighting = equal
                benchmark = B
                coupling.subsystems = urban, rural
                coupling.urban = urate, x1
                coupling.rural = x3, -x2
                disparity.weight = pop
                """);
        Path out = dir.resolve("scores.csv");
        Path weights = dir.resolve("weights.csv");
        EngineCliTest.Run r = EngineCliTest.run("evaluate-plan", "--plan", plan.toString(), "-o", out.toString(), "--weights", weights.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        CsvTable t = CsvTable.read(out);
        assertThat(t.header()).containsExactly("code", "index", "index_rank", "index_rank_in_region", "d1", "d1_rank", "d1_rank_in_region",
                "d2", "d2_rank", "d2_rank_in_region");
        assertThat(EngineCliTest.cell(t, 0, "index")).as("hand-worked index of A").isCloseTo(0.25, within(1e-12));
        assertThat(EngineCliTest.cell(t, 2, "index")).as("hand-worked index of C").isCloseTo(0.875, within(1e-12));
        assertThat(EngineCliTest.cell(t, 0, "index_rank")).isEqualTo(3);
        assertThat(EngineCliTest.cell(t, 0, "index_rank_in_region")).as("A is 2nd of the north").isEqualTo(2);
        CsvTable w = CsvTable.read(weights);
        assertThat(w.header()).containsExactly("node", "parent", "kind", "weight", "effective", "method");
        assertThat(w.rows().get(2)).containsExactly("x1", "d1", "INDICATOR", "0.5", "0.25", "equal");
        assertThat(r.err()).contains("3 units, 4 indicators evaluated");
    }

    @Test
    void robustnessIsSeededAndWrittenWithTheSensitivityIndices() throws Exception {
        miniCity();
        Path plan = file("plan.properties", "data = towns.csv\nframework = framework.csv\nid-column = code\nignore = name, region, pop\n");
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path si = dir.resolve("si.csv");
        EngineCliTest.Run r = EngineCliTest.run("evaluate-plan", "--plan", plan.toString(), "-o", dir.resolve("s.csv").toString(),
                "--robustness", a.toString(), "--sensitivity", si.toString(), "--replications", "200", "--seed", "7");
        assertThat(r.exit()).as(r.err()).isZero();
        EngineCliTest.run("evaluate-plan", "--plan", plan.toString(), "-o", dir.resolve("s.csv").toString(), "--robustness", b.toString(),
                "--replications", "200", "--seed", "7");
        assertThat(Files.readString(a)).as("same seed, same intervals").isEqualTo(Files.readString(b));
        CsvTable t = CsvTable.read(a);
        assertThat(t.header()).containsExactly("code", "nominal_rank", "mean_rank", "median_rank", "q05_rank", "q95_rank");
        assertThat(CsvTable.read(si).rows()).extracting(row -> row.get(0)).contains("NORMALISATION", "AGGREGATION", "WEIGHT_NOISE");
        assertThat(r.err()).contains("robustness from 200 replications");
    }

    @Test
    void aBadPlanFileIsRefusedWithEveryProblemAndNothingWritten() throws Exception {
        miniCity();
        Path plan = file("plan.properties", """
                data = towns.csv
                framework = nowhere.csv
                indicator-weighting = magic
                ahp.index = 1 2; 3
                colour = red
                """);
        Path out = dir.resolve("scores.csv");
        EngineCliTest.Run r = EngineCliTest.run("evaluate-plan", "--plan", plan.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("unknown key 'colour'").contains("nowhere.csv").contains("indicator-weighting = 'magic'")
                .contains("ahp.index");
        assertThat(out).doesNotExist();

        Path ahp = file("ahp.properties", "data = towns.csv\nframework = framework.csv\nid-column = code\nignore = name, region, pop\n"
                + "group-weighting = ahp\n");
        r = EngineCliTest.run("evaluate-plan", "--plan", ahp.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("AHP weighting needs a pairwise matrix for node 'index'");
        assertThat(out).doesNotExist();
    }
}
