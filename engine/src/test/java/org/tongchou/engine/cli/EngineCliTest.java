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

/** The engine's subcommands run as a user runs them: files in, files out, exit codes and messages. */
class EngineCliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = EngineCli.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static double cell(CsvTable t, int row, String column) {
        return Double.parseDouble(t.rows().get(row).get(t.requireColumn(column)));
    }

    @Test
    void normaliseMinMaxWithDirectionsFile() throws Exception {
        Path in = file("in.csv", "town,region,gdp,unemployment\nA,north,10,5\nB,south,20,3\nC,north,30,4\n");
        Path dirs = file("dirs.csv", "indicator,direction\ngdp,+1\nunemployment,-1\n");
        Path out = dir.resolve("out.csv");
        Run r = run("normalise", "--method", "minmax", "--range", "0,100", "--directions", dirs.toString(),
                "--groups", "region", in.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        CsvTable t = CsvTable.read(out);
        assertThat(t.header()).containsExactly("town", "region", "gdp", "unemployment");
        assertThat(cell(t, 1, "gdp")).isEqualTo(50);
        assertThat(cell(t, 1, "unemployment")).as("less is better: lowest unemployment scores 100").isEqualTo(100);
        assertThat(cell(t, 0, "unemployment")).isEqualTo(0);
    }

    @Test
    void badInputIsRefusedWholeAndNothingWritten() throws Exception {
        Path in = file("in.csv", "town,gdp,pop\nA,10,x\nB,abc,3\n");
        Path out = dir.resolve("out.csv");
        Run r = run("normalise", "--method", "zscore", "--all-positive", in.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("2 problem(s)").contains(":2 column 'pop': 'x' is not a number")
                .contains(":3 column 'gdp': 'abc' is not a number");
        assertThat(out).doesNotExist();
        Run usage = run("normalise", in.toString());
        assertThat(usage.exit()).as("missing required options").isEqualTo(2);
    }

    @Test
    void weightsEntropyCriticPcaAhp() throws Exception {
        Path data = file("xu.csv", "alt,c1,c2,c3,c4\na,30,30,38,29\nb,19,54,86,29\nc,19,15,85,28.9\nd,68,70,60,29\n");
        Run e = run("weights", "--method", "entropy", data.toString());
        assertThat(e.exit()).as(e.err()).isZero();
        CsvTable t = CsvTable.read(new java.io.StringReader(e.out()), "stdout");
        assertThat(t.header()).containsExactly("indicator", "weight");
        assertThat(cell(t, 0, "weight")).as("Xu (2004) entropy weight of c1").isCloseTo(0.4630, within(5e-5));
        Run c = run("weights", "--method", "critic", "--sd", "SAMPLE", data.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        Run p = run("weights", "--method", "pca", "--matrix", "COVARIANCE", data.toString());
        assertThat(p.exit()).as(p.err()).isZero();
        Path m = file("ahp.csv", "item,cost,quality,time\ncost,1,3,5\nquality,1/3,1,3\ntime,1/5,1/3,1\n");
        Run a = run("weights", "--method", "ahp", "--random-index", "ALONSO_LAMATA_2006", m.toString());
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(a.err()).contains("CR=").contains("ALONSO_LAMATA_2006");
        CsvTable w = CsvTable.read(new java.io.StringReader(a.out()), "stdout");
        // Saaty 1:3:5 / 1:3 matrix: principal eigenvector 0.6370, 0.2583, 0.1047
        assertThat(cell(w, 0, "weight")).as("eigenvector of the classic 3x3 (1,3,5;1/3,1,3;1/5,1/3,1)").isCloseTo(0.6370, within(5e-4));
        Path s = file("s.csv", "indicator,weight\nx,2\ny,1\n");
        Path o = file("o.csv", "indicator,weight\ny,0.5\nx,0.5\n");
        Run comb = run("weights", "--method", "combined", "--subjective", s.toString(), "--objective", o.toString(),
                "--combine", "LINEAR", "--alpha", "0.5");
        assertThat(comb.exit()).as(comb.err()).isZero();
        assertThat(cell(CsvTable.read(new java.io.StringReader(comb.out()), "stdout"), 0, "weight")).isCloseTo(0.5833333, within(1e-6));
        Run bad = run("weights", "--method", "ahp", file("bad.csv", "item,a,b\na,1,2\nb,zz,1\n").toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("'zz' is not a number or ratio");
    }

    @Test
    void imputeTreatAggregate() throws Exception {
        Path in = file("in.csv", "u,grp,x,y\na,G1,1,1\nb,G1,,2\nc,G1,3,3\nd,G2,10,100\ne,G2,,4\n");
        Path imputed = dir.resolve("imp.csv");
        Run r = run("impute", "--method", "GROUP_MEAN", "--group", "grp", "--groups", "grp", in.toString(), "-o", imputed.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("imputed 2 value(s); 0 still missing");
        CsvTable t = CsvTable.read(imputed);
        assertThat(cell(t, 1, "x")).isEqualTo(2);
        assertThat(cell(t, 4, "x")).isEqualTo(10);
        Path report = dir.resolve("report.csv");
        Run tr = run("treat", "--winmax", "1", "--groups", "grp", imputed.toString(), "--report", report.toString());
        assertThat(tr.exit()).as(tr.err()).isZero();
        assertThat(CsvTable.read(report).header()).contains("winsorised_high", "logged");
        Path meta = file("meta.csv", "iCode,Level,Parent,Weight,Direction\nx,1,P,1,1\ny,1,P,3,1\nP,2,,1,1\n");
        Run ag = run("aggregate", "--framework", meta.toString(), "--method", "GEOMETRIC", "--groups", "grp", imputed.toString());
        assertThat(ag.exit()).as(ag.err()).isZero();
        CsvTable a = CsvTable.read(new java.io.StringReader(ag.out()), "stdout");
        assertThat(cell(a, 0, "P")).isEqualTo(1);
        assertThat(cell(a, 1, "P")).as("(2^1 · 2^3)^(1/4)").isCloseTo(2, within(1e-12));
    }

    @Test
    void denominateAndScreen() throws Exception {
        Path in = file("in.csv", "u,gdp,pop,trade\na,100,10,50\nb,,20,30\nc,300,0,\n");
        Path meta = file("meta.csv", "iCode,Level,Parent,Weight,Denominator\ntrade,1,I,1,gdp\ngdp,1,I,1,pop\nI,2,,1,NA\n");
        Run bad = run("denominate", "--framework", meta.toString(), in.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("unit 'c': denominator 'pop' of indicator 'gdp' is 0");
        Path ok = file("ok.csv", "u,gdp,pop,trade\na,100,10,50\nb,,20,30\n");
        Run d = run("denominate", "--framework", meta.toString(), ok.toString());
        assertThat(d.exit()).as(d.err()).isZero();
        assertThat(d.out()).isEqualTo("u,trade,gdp\na,0.5,10\nb,,\n");
        Run s = run("screen", "--min-availability", "0.9", in.toString());
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat(s.out()).isEqualTo("u,gdp,pop,trade\na,100,10,50\n");
        assertThat(s.err()).contains("removed b: 66.7% of indicator values present").contains("2 unit(s) removed, 1 kept");
    }

    @Test
    void imputeLocfOnPanel() throws Exception {
        Path in = file("panel.csv", "code,Time,x\nA,2019,\nA,2018,5\nB,2018,\nB,2019,7\n");
        Run r = run("impute", "--method", "LOCF", "--unit-column", "code", "--time-column", "Time", in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("code,Time,x\nA,2019,5\nA,2018,5\nB,2018,\nB,2019,7");
    }

    @Test
    void coinrPipelineFromTheExampleFile() throws Exception {
        Path data = ReferenceData.require("coinr-asem/input_ASEM_iData.csv");
        Path meta = ReferenceData.require("coinr-asem/input_ASEM_iMeta.csv");
        String example = Files.readString(Path.of("examples", "coinr-asem.properties"))
                .replaceAll("(?m)^data = .*$", "data = " + data.toAbsolutePath().toString().replace("\\", "/"))
                .replaceAll("(?m)^framework = .*$", "framework = " + meta.toAbsolutePath().toString().replace("\\", "/"));
        Path cfg = file("coinr.properties", example);
        Path out = dir.resolve("result");
        Run r = run("pipeline", "--config", cfg.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("51 units, 49 indicators; 0 screened out; 15 winsorised, 0 logged");
        CsvTable index = CsvTable.read(out.resolve("index.csv"));
        CsvTable expected = CsvTable.read(ReferenceData.require("coinr-asem/expected_Index_nominal_R_v1.csv"));
        for (List<String> e : expected.rows()) {
            List<String> ours = index.rows().stream().filter(x -> x.get(0).equals(e.get(0))).findFirst().orElseThrow();
            assertThat(Double.parseDouble(ours.get(1))).as("COINr v1 Index of " + e.get(0)).isCloseTo(Double.parseDouble(e.get(1)), within(1e-9));
            assertThat(ours.get(2)).as("COINr v1 rank of " + e.get(0)).isEqualTo(e.get(2));
        }
        for (String f : List.of("denominated.csv", "imputed.csv", "treated.csv", "normalised.csv", "aggregated.csv", "treatment.csv")) {
            assertThat(out.resolve(f)).exists();
        }
        // weights file: the Connectivity sub-index alone (Sust weight 0) changes the Index to Conn's score
        Path w = file("w.csv", "indicator,weight\nSust,0\n");
        Path out2 = dir.resolve("result2");
        Run rw = run("pipeline", "--config", file("w.properties", example + "\nweights = " + w.toAbsolutePath().toString().replace("\\", "/") + "\n").toString(),
                "-o", out2.toString());
        assertThat(rw.exit()).as(rw.err()).isZero();
        CsvTable agg = CsvTable.read(out2.resolve("aggregated.csv"));
        assertThat(cell(agg, 0, "Index")).as("Index = Conn when Sust has weight 0").isEqualTo(cell(agg, 0, "Conn"));
        Path badW = file("badw.csv", "indicator,weight\nNoSuchNode,1\nConn,-1\n");
        Run rb = run("pipeline", "--config", file("bw.properties", example + "\nweights = " + badW.toAbsolutePath().toString().replace("\\", "/") + "\n").toString(),
                "-o", out2.toString());
        assertThat(rb.exit()).isEqualTo(1);
        assertThat(rb.err()).contains("'NoSuchNode' is not a node of the framework").contains("'-1' is not a number >= 0");
        Path badCfg = file("bad.properties", "data = nope.csv\nframework = nope.csv\nnormalisation = fancy\ncolour = red\n");
        Run bad = run("pipeline", "--config", badCfg.toString(), "-o", out.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("unknown key 'colour'").contains("normalisation = 'fancy'").contains("nope.csv not found");
    }
}
