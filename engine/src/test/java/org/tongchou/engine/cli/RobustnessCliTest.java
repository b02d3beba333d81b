package org.tongchou.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.testing.ReferenceData;
import picocli.CommandLine;

/** The robustness subcommands as a user runs them, on files. */
class RobustnessCliTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = EngineCli.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @Test
    void sensitivityFromCoinrRankMatrixGivesCoinrIndices() {
        Path ranks = ReferenceData.require("coinr-asem/uncertainty/SA_results_Ranks.csv");
        Path out = tmp.resolve("si.csv");
        int code = run("sensitivity", "--ranks", ranks.toString(), "--n", "100",
                "--inputs", "Winmax,Normalisation,Weights,Aggregation", "--bootstrap", "200", "--out", out.toString());
        assertThat(code).as(err.toString()).isZero();
        CsvTable got = CsvTable.read(out);
        CsvTable expected = CsvTable.read(ReferenceData.require("coinr-asem/uncertainty/SA_results_Sensitivity.csv"));
        assertThat(got.header()).isEqualTo(expected.header());
        for (int i = 0; i < 4; i++) {
            assertThat(got.rows().get(i).get(0)).isEqualTo(expected.rows().get(i).get(0));
            for (int c = 1; c <= 2; c++) {
                assertThat(Double.parseDouble(got.rows().get(i).get(c)))
                        .as("COINr SA_results_Sensitivity.csv, " + expected.rows().get(i).get(0) + " " + expected.header().get(c))
                        .isCloseTo(Double.parseDouble(expected.rows().get(i).get(c)), within(1e-12));
            }
            assertThat(got.rows().get(i).get(3)).as("bootstrap bound written").isNotEmpty();
        }
    }

    @Test
    void sensitivityFromOutputsAndDesignFiles() throws Exception {
        // d = 1, N = 2: rows A1, A2, B1, B2, AB1, AB2; AB rows equal B's in the only column.
        Files.writeString(tmp.resolve("design.csv"), "x\n0.1\n0.3\n0.6\n0.9\n0.6\n0.9\n");
        Files.writeString(tmp.resolve("y.csv"), "y\n1\n3\n6\n9\n6\n9\n");
        Path out = tmp.resolve("si.csv");
        assertThat(run("sensitivity", "--outputs", tmp.resolve("y.csv").toString(), "--design",
                tmp.resolve("design.csv").toString(), "--out", out.toString())).as(err.toString()).isZero();
        List<String> row = CsvTable.read(out).rows().get(0);
        // V = var(1, 3, 6, 9) = 12.25; Si = mean(6·(6−1), 9·(9−3))/V = 42/12.25; STi = (25 + 36)/(4 V)
        assertThat(Double.parseDouble(row.get(1))).as("hand computation").isCloseTo(42 / 12.25, within(1e-12));
        assertThat(Double.parseDouble(row.get(2))).as("hand computation").isCloseTo(61 / (4 * 12.25), within(1e-12));
    }

    @Test
    void badDesignIsRefusedWithEveryProblemAndNoOutput() throws Exception {
        Files.writeString(tmp.resolve("design.csv"), "x\n0.1\n0.3\n0.6\n0.9\n0.5\nabc\n");
        Files.writeString(tmp.resolve("y.csv"), "y\n1\n3\n6\n9\n6\n9\n");
        Path out = tmp.resolve("si.csv");
        int code = run("sensitivity", "--outputs", tmp.resolve("y.csv").toString(), "--design",
                tmp.resolve("design.csv").toString(), "--out", out.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("design.csv:7 column 'x'").contains("'abc' is not a number");
        assertThat(out).doesNotExist();
    }

    @Test
    void rankStatsReproduceCoinr() {
        Path out = tmp.resolve("stats.csv");
        assertThat(run("rank-stats", "--ranks", ReferenceData.require("coinr-asem/uncertainty/UA_results_Ranks.csv").toString(),
                "--out", out.toString())).as(err.toString()).isZero();
        CsvTable got = CsvTable.read(out);
        CsvTable expected = CsvTable.read(ReferenceData.require("coinr-asem/uncertainty/UA_results_RankStats.csv"));
        for (int u = 0; u < expected.rows().size(); u++) {
            for (int c = 1; c < 6; c++) {
                assertThat(Double.parseDouble(got.rows().get(u).get(c)))
                        .as("COINr UA_results_RankStats.csv " + expected.rows().get(u).get(0) + " " + expected.header().get(c))
                        .isCloseTo(Double.parseDouble(expected.rows().get(u).get(c)), within(1e-9));
            }
        }
    }

    @Test
    void uncertaintyOnCoinrExampleIsReproducibleWhateverTheThreads() throws Exception {
        Path data = ReferenceData.require("coinr-asem/input_ASEM_iData.csv");
        Path meta = ReferenceData.require("coinr-asem/input_ASEM_iMeta.csv");
        String[] common = {"uncertainty", "--data", data.toString(), "--framework", meta.toString(), "--group", "GDP_group",
                "--group", "GDPpc_group", "--group", "Pop_group", "--group", "EurAsia_group", "--ignore", "uName",
                "--coinr-example", "--replications", "60", "--seed", "5"};
        Path one = tmp.resolve("one.csv");
        Path two = tmp.resolve("two.csv");
        Path ranks = tmp.resolve("ranks.csv");
        assertThat(run(concat(common, "--threads", "1", "--out", one.toString()))).as(err.toString()).isZero();
        assertThat(run(concat(common, "--threads", "2", "--out", two.toString(), "--ranks-out", ranks.toString())))
                .as(err.toString()).isZero();
        assertThat(Files.readString(two)).isEqualTo(Files.readString(one));
        Path reused = tmp.resolve("reused.csv");
        assertThat(run(concat(common, "--stages", "REUSE_NORMALISED", "--out", reused.toString()))).as(err.toString()).isZero();
        assertThat(Files.readString(reused)).as("stage reuse gives the same statistics").isEqualTo(Files.readString(one));
        CsvTable stats = CsvTable.read(one);
        assertThat(stats.header()).containsExactly("uCode", "Nominal", "Mean", "Median", "Q5", "Q95");
        assertThat(stats.rows()).hasSize(51);
        List<String> che = stats.rows().stream().filter(r -> r.get(0).equals("CHE")).findFirst().orElseThrow();
        assertThat(che.get(1)).as("COINr v1 nominal rank of CHE").isEqualTo("1");
        assertThat(CsvTable.read(ranks).header()).hasSize(62);
    }

    @Test
    void uncertaintyWithExplicitAssumptionsAndSensitivity() {
        Path data = ReferenceData.require("coinr-asem/input_ASEM_iData.csv");
        Path meta = ReferenceData.require("coinr-asem/input_ASEM_iMeta.csv");
        Path out = tmp.resolve("stats.csv");
        Path idx = tmp.resolve("si.csv");
        int code = run("uncertainty", "--data", data.toString(), "--framework", meta.toString(), "--group", "EurAsia_group",
                "--ignore", "uName", "--ignore", "GDP_group", "--ignore", "GDPpc_group", "--ignore", "Pop_group",
                "--imputation", "group-mean:EurAsia_group,mean,median", "--normalisation", "minmax:1:100,zscore:10:2",
                "--noise", "2=0.25", "--aggregation", "arithmetic,geometric", "--sensitivity", "20", "--seed", "3",
                "--threads", "2", "--out", out.toString(), "--indices-out", idx.toString());
        assertThat(code).as(err.toString()).isZero();
        CsvTable si = CsvTable.read(idx);
        assertThat(si.rows()).extracting(r -> r.get(0)).containsExactly("Imputation", "Normalisation", "Weights", "Aggregation");
        assertThat(CsvTable.read(out).rows()).hasSize(51);
    }

    @Test
    void uncertaintyWithoutAssumptionsIsAUsageError() {
        Path data = ReferenceData.require("coinr-asem/input_ASEM_iData.csv");
        Path meta = ReferenceData.require("coinr-asem/input_ASEM_iMeta.csv");
        int code = run("uncertainty", "--data", data.toString(), "--framework", meta.toString(), "--group", "EurAsia_group",
                "--ignore", "uName", "--ignore", "GDP_group", "--ignore", "GDPpc_group", "--ignore", "Pop_group");
        assertThat(code).as("options that say nothing to vary: bad usage").isEqualTo(2);
        assertThat(err.toString()).contains("no uncertain assumption");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
