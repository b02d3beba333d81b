package org.tongchou.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.testing.ReferenceData;
import picocli.CommandLine;

/** The analysis subcommands as a user runs them: CSV files in, CSV files out, exit codes and messages. */
class AnalysisCliTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cl = EngineCli.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(out));
        return cl.execute(args);
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static double cell(CsvTable t, int row, String column) {
        return Double.parseDouble(t.rows().get(row).get(t.requireColumn(column)));
    }

    @Test
    void topsisFromCsvReproducesTzengAndHuang() throws IOException {
        Path in = file("in.csv", "id,c1,c2,c3\nA0,5,8,4\nA1,7,6,8\nA2,8,8,6\nA3,7,4,6\n");
        Path meta = file("meta.csv", "indicator,weight,direction\nc1,0.3,1\nc2,0.4,1\nc3,0.3,1\n");
        Path res = dir.resolve("out.csv");
        assertThat(run("topsis", in.toString(), "--meta", meta.toString(), "--normalisation", "vector", "-o", res.toString()))
                .as(err.toString()).isZero();
        CsvTable t = CsvTable.read(res);
        assertThat(t.header()).containsExactly("id", "closeness", "d_plus", "d_minus", "rank");
        assertThat(cell(t, 2, "closeness")).as("Tzeng & Huang 2011 via scikit-criteria, A2").isCloseTo(0.7482, within(1e-4));
        assertThat(cell(t, 2, "rank")).isEqualTo(1.0);
    }

    @Test
    void entropyTopsisWritesWeights() throws IOException {
        Path in = file("in.csv", "id,a,b,cost\nu1,1,10,5\nu2,2,30,3\nu3,4,20,1\nu4,3,25,4\n");
        Path meta = file("meta.csv", "indicator,direction\na,+1\nb,+1\ncost,-1\n");
        Path w = dir.resolve("w.csv");
        assertThat(run("topsis", in.toString(), "--meta", meta.toString(), "--weighting", "ENTROPY",
                "--normalisation", "NONE", "--weights-output", w.toString())).as(err.toString()).isZero();
        CsvTable wt = CsvTable.read(w);
        double sum = 0;
        for (int r = 0; r < 3; r++) sum += cell(wt, r, "weight");
        assertThat(sum).as("entropy weights sum to 1").isCloseTo(1.0, within(1e-12));
        assertThat(out.toString()).startsWith("id,closeness");
    }

    @Test
    void couplingWithClassesAndDevelopmentType() throws IOException {
        Path in = file("in.csv", "id,urban,rural\nA,0.6,0.6\nB,0.8,0.2\nC,0.3,0.5\n");
        assertThat(run("coupling", in.toString(), "--subsystems", "urban,rural", "--development", "RATIO", "--tolerance", "0.1"))
                .as(err.toString()).isZero();
        CsvTable t = CsvTable.read(new java.io.StringReader(out.toString()), "stdout");
        assertThat(cell(t, 0, "C")).as("equal subsystems: C = 1 (Wang et al. 2021)").isEqualTo(1.0);
        assertThat(cell(t, 1, "D")).as("sqrt(0.8 * 0.5)").isCloseTo(Math.sqrt(0.4), within(1e-15));
        assertThat(t.rows().get(0).get(t.requireColumn("class_zh"))).as("D = sqrt(0.6) = 0.775: 中级协调").isEqualTo("中级协调");
        assertThat(t.rows().get(1).get(t.requireColumn("development"))).isEqualTo("rural lagging");
        assertThat(t.rows().get(2).get(t.requireColumn("development"))).isEqualTo("urban lagging");
    }

    @Test
    void couplingWithOwnClassTableAndUpperClosedIntervals() throws IOException {
        Path in = file("in.csv", "town,a,b\nX,0.25,0.25\nY,0.64,0.64\n");
        Path classes = file("classes.csv", "lower,upper,label_zh,label_en\n0,0.5,失调,imbalanced\n0.5,0.8,协调,coordinated\n0.8,1,优质,excellent\n");
        assertThat(run("coupling", in.toString(), "--subsystems", "a,b", "--classes", classes.toString(), "--closure", "upper_closed"))
                .as(err.toString()).isZero();
        CsvTable t = CsvTable.read(new java.io.StringReader(out.toString()), "stdout");
        assertThat(t.header().get(0)).as("id column defaults to the first column").isEqualTo("town");
        assertThat(t.rows().get(0).get(t.requireColumn("class_en"))).as("D = 0.5 in (0, 0.5]").isEqualTo("imbalanced");
        assertThat(t.rows().get(1).get(t.requireColumn("class_en"))).as("D = 0.8 in (0.5, 0.8]").isEqualTo("coordinated");
    }

    @Test
    void obstacleWithDimensionsAndTopFactors() throws IOException {
        Path in = file("in.csv", "id,s1,s2,s3\nA,0.0162,0.2720,0.2655\nB,0.1782,0.6824,0.3721\n");
        Path meta = file("meta.csv", "indicator,weight,dimension,dimension_weight\ns1,1,econ,0.5\ns2,1,econ,0.5\ns3,1,social,0.5\n");
        assertThat(run("obstacle", in.toString(), "--meta", meta.toString(), "--top", "2")).as(err.toString()).isZero();
        CsvTable t = CsvTable.read(new java.io.StringReader(out.toString()), "stdout");
        assertThat(t.header()).containsExactly("id", "s1", "s2", "s3", "dimension:econ", "dimension:social", "top1", "top1_degree", "top2", "top2_degree");
        assertThat(cell(t, 0, "s1") + cell(t, 0, "s2") + cell(t, 0, "s3")).as("shares sum to 1").isCloseTo(1.0, within(1e-12));
        assertThat(t.rows().get(0).get(t.requireColumn("top1"))).isEqualTo("s3");
    }

    @Test
    void disparityOnMexicoReproducesPysal() {
        Path mexico = ReferenceData.require("inequality/mexico.csv");
        assertThat(run("disparity", mexico.toString(), "--id-column", "State", "--columns", "pcgdp1940", "--group", "hanson98",
                "--ignore", "hanson03,esquivel99,inegi,inegi2", "--measures", "GINI,THEIL_T")).as(err.toString()).isZero();
        CsvTable t = CsvTable.read(new java.io.StringReader(out.toString()), "stdout");
        assertThat(t.header()).containsExactly("indicator", "measure", "group", "value");
        java.util.Map<String, Double> v = new java.util.HashMap<>();
        for (List<String> r : t.rows()) if (r.get(2).isEmpty()) v.put(r.get(1), Double.parseDouble(r.get(3)));
        assertThat(v.get("gini")).as("PySAL test_gini Gini 1940").isCloseTo(0.35372371173452849, within(1.5e-7));
        assertThat(v.get("theil_t")).as("PySAL test_theil T 1940").isCloseTo(0.20894344, within(1.5e-7));
        assertThat(v.get("theil_t_between")).as("PySAL TheilD bg 1940").isCloseTo(0.0345889, within(1.5e-7));
    }

    @Test
    void populationWeightedDisparity() throws IOException {
        Path in = file("in.csv", "id,region,income,pop\na,East,1,1\nb,East,3,2\nc,West,10,2\n");
        assertThat(run("disparity", in.toString(), "--group", "region", "--weights-column", "pop", "--measures", "THEIL_T"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("income,theil_t_between,,").doesNotContain("pop,");
    }

    @Test
    void rankWithTiesAndPreviousPeriod() throws IOException {
        Path now = file("now.csv", "id,score\na,0\nb,2\nc,3\nd,2\nnew,1\n");
        Path before = file("before.csv", "id,score\na,5\nb,1\nc,3\nd,2\ngone,9\n");
        assertThat(run("rank", now.toString(), "--ties", "average", "--previous", before.toString())).as(err.toString()).isZero();
        CsvTable t = CsvTable.read(new java.io.StringReader(out.toString()), "stdout");
        assertThat(t.header()).containsExactly("id", "score", "rank", "previous_rank", "change", "status");
        assertThat(cell(t, 1, "rank")).as("pandas rank(ascending=False, method='average')").isEqualTo(2.5);
        assertThat(cell(t, 0, "change")).as("a: was 2nd, now 5th").isEqualTo(-3.0);
        assertThat(t.rows().get(4).get(5)).isEqualTo("NEW");
        assertThat(t.rows().get(5)).containsExactly("gone", "", "", "1", "", "DROPPED");
    }

    @Test
    void gapToBenchmarkAddsUp() throws IOException {
        Path in = file("in.csv", "id,i1,i2,i3,i4\nu1,0.2,0.4,0.9,0.1\nu2,1.0,0.8,0.6,0.7\nu3,0.5,0.5,0.5,0.5\n");
        Path meta = file("meta.csv", "indicator,weight,dimension,dimension_weight\ni1,1,econ,0.6\ni2,3,econ,0.6\ni3,1,social,0.4\ni4,1,social,0.4\n");
        assertThat(run("gap", in.toString(), "--meta", meta.toString(), "--benchmark", "u2")).as(err.toString()).isZero();
        CsvTable t = CsvTable.read(new java.io.StringReader(out.toString()), "stdout");
        double total = 0;
        double byInd = 0;
        for (List<String> r : t.rows()) {
            if (!r.get(0).equals("u1")) continue;
            if (r.get(4).equals("total")) total = Double.parseDouble(r.get(10));
            if (r.get(4).equals("indicator")) byInd += Double.parseDouble(r.get(10));
        }
        assertThat(total).as("hand computed gap u1 -> u2").isCloseTo(0.36, within(1e-12));
        assertThat(byInd).as("indicator contributions add up to the gap").isCloseTo(total, within(1e-12));
    }

    @Test
    void badInputIsReportedWholeAndNothingIsWritten() throws IOException {
        Path in = file("in.csv", "id,a,b\nu1,1,x\nu2,y,2\n");
        Path res = dir.resolve("out.csv");
        assertThat(run("topsis", in.toString(), "-o", res.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("in.csv:2 column 'b'").contains("in.csv:3 column 'a'");
        assertThat(res).doesNotExist();
        Path meta = file("meta.csv", "indicator,weight\na,1\nzzz,1\n");
        Path good = file("good.csv", "id,a,b\nu1,1,2\nu2,2,1\n");
        assertThat(run("gap", good.toString(), "--meta", meta.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("zzz");
        assertThat(run("rank", good.toString(), "--ties", "bogus")).isEqualTo(2);
    }
}
