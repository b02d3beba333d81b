package org.tongchou.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.engine.cli.EngineCliTest.Run;

/**
 * The command line's error model as a user meets it: bad option values are bad usage (exit 2) naming the
 * option and the value, checked before any file is read; refused input exits 1 with every problem and no
 * stack trace, writing nothing; anything else exits 3 with the stack trace.
 */
class CliErrorsTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private String towns() throws Exception {
        return file("towns.csv", "town,urban,rural,pop\nA,0.2,0.4,10\nB,0.6,0.5,20\nC,0.9,0.7,30\n").toString();
    }

    private static void usage(Run r, String... messages) {
        assertThat(r.exit()).as(r.err()).isEqualTo(EngineCli.BAD_USAGE);
        assertThat(r.err()).contains(messages).contains("--help' for the options").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    private static void refused(Run r, String... messages) {
        assertThat(r.exit()).as(r.err()).isEqualTo(EngineCli.INPUT_REFUSED);
        assertThat(r.err()).startsWith("error: ").contains(messages).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void normaliseRangesAndMethodOptions() throws Exception {
        String in = towns();
        usage(EngineCliTest.run("normalise", "--method", "minmax", "--range", "5", "--all-positive", in),
                "option '--range' is 5: needs two numbers L,U");
        usage(EngineCliTest.run("normalise", "--method", "minmax", "--range", "5,1", "--all-positive", in),
                "option '--range' is 5,1: needs finite L < U");
        usage(EngineCliTest.run("normalise", "--method", "minmax", "--range", "0,Infinity", "--all-positive", in),
                "option '--range' is 0,Infinity");
        usage(EngineCliTest.run("normalise", "--method", "zscore", "--mean-sd", "0,0", "--all-positive", in),
                "option '--mean-sd' is 0,0: needs a finite mean M and a positive finite SD S");
        usage(EngineCliTest.run("normalise", "--method", "fancy", "--all-positive", in), "option '--method' is fancy: not one of [minmax,");
        usage(EngineCliTest.run("normalise", "--method", "zscore", "--range", "0,1", "--all-positive", in),
                "--range applies to --method minmax, not zscore");
        usage(EngineCliTest.run("normalise", "--method", "goalposts", "--all-positive", in), "--method goalposts needs --goalposts GP.csv");
        usage(EngineCliTest.run("normalise", "--method", "distance-to-target", "--all-positive", in),
                "--method distance-to-target needs --framework META.csv");
        usage(EngineCliTest.run("normalise", "--method", "goalposts", "--goalposts", in, "--scale", "-1", "--all-positive", in),
                "option '--scale' is -1: must be a positive finite number");
        usage(EngineCliTest.run("normalise", "--method", "shifted-minmax", "--shift", "NaN", "--all-positive", in),
                "option '--shift' is NaN: must be a finite number");
    }

    @Test
    void weightsOptions() throws Exception {
        String in = towns();
        Path s = file("s.csv", "indicator,weight\nurban,1\nrural,1\n");
        usage(EngineCliTest.run("weights", "--method", "magic", in), "option '--method' is magic: not one of [equal, expert");
        usage(EngineCliTest.run("weights", "--method", "entropy"), "--method entropy needs an input file");
        usage(EngineCliTest.run("weights", "--method", "combined", "--subjective", s.toString(), "--objective", s.toString(),
                "--combine", "LINEAR", "--alpha", "1.5"), "option '--alpha' is 1.5: must be between 0 and 1");
        usage(EngineCliTest.run("weights", "--method", "combined", "--subjective", s.toString(), "--objective", s.toString(),
                "--combine", "LINEAR"), "--combine LINEAR needs --alpha");
        usage(EngineCliTest.run("weights", "--method", "entropy", "--zeros", "SHIFT", "--shift", "0", in),
                "option '--shift' is 0: must be a positive finite number");
        usage(EngineCliTest.run("weights", "--method", "entropy", "--shift", "0.01", in), "--shift applies to --method entropy --zeros SHIFT");
    }

    @Test
    void preparationOptions() throws Exception {
        String in = towns();
        Path meta = file("meta.csv", "iCode,Level,Parent,Weight\nurban,1,I,1\nrural,1,I,1\nI,2,,1\n");
        usage(EngineCliTest.run("aggregate", "--framework", meta.toString(), "--min-present", "0", in),
                "option '--min-present' is 0: must be at least 1");
        usage(EngineCliTest.run("screen", "--min-availability", "1.5", in), "option '--min-availability' is 1.5: must be between 0 and 1");
        usage(EngineCliTest.run("treat", "--winmax", "-1", in), "option '--winmax' is -1: must be at least 0");
        usage(EngineCliTest.run("treat", "--skew", "NaN", in), "option '--skew' is NaN");
        usage(EngineCliTest.run("impute", "--method", "GROUP_MEAN", in), "--method GROUP_MEAN needs --group COL");
        usage(EngineCliTest.run("impute", "--method", "LOCF", "--unit-column", "town", in), "--method LOCF needs --unit-column and --time-column");
    }

    @Test
    void analysisOptions() throws Exception {
        String in = towns();
        usage(EngineCliTest.run("topsis", in, "--weighting", "ENTROPY", "--entropy-lower", "1"),
                "option '--entropy-lower' is 1: must be in [0, 1)");
        usage(EngineCliTest.run("topsis", in, "--weighting", "ENTROPY", "--missing", "SKIP"), "--weighting ENTROPY needs complete data");
        usage(EngineCliTest.run("coupling", in, "--subsystems", "urban"), "option '--subsystems' is urban: needs at least 2 subsystem columns");
        usage(EngineCliTest.run("coupling", in, "--subsystems", "urban,rural", "--weights", "0.5,0.6"),
                "option '--weights' is 0.5,0.6: weights sum to 1.1");
        usage(EngineCliTest.run("coupling", in, "--subsystems", "urban,rural", "--weights", "1"), "1 weights for 2 subsystems");
        usage(EngineCliTest.run("coupling", in, "--subsystems", "urban,rural", "--weights", "1.5,-0.5"),
                "every weight must be a finite number >= 0");
        usage(EngineCliTest.run("coupling", in, "--subsystems", "urban,rural", "--tolerance", "-0.1"),
                "option '--tolerance' is -0.1: must be a finite number >= 0");
        usage(EngineCliTest.run("obstacle", in, "--ideal", "0"), "option '--ideal' is 0: must be a positive finite number");
        usage(EngineCliTest.run("obstacle", in, "--top", "-1"), "option '--top' is -1: must be at least 0");
        usage(EngineCliTest.run("disparity", in, "--weights-column", "pop", "--variance", "SAMPLE"),
                "--variance SAMPLE is not defined for population-weighted data");
        usage(EngineCliTest.run("gap", in, "--missing", "SKIP"), "gap does not take --missing SKIP");
        refused(EngineCliTest.run("gap", in, "--benchmark", "Z"), "argument '--benchmark' is 'Z': is not a unit of");
        refused(EngineCliTest.run("rank", in, "--score", "nosuch"), "column 'nosuch': score column not found");
    }

    @Test
    void robustnessOptionsAreCheckedBeforeAnyFileIsRead() throws Exception {
        String none = dir.resolve("never-read.csv").toString();
        String[] base = {"uncertainty", "--data", none, "--framework", none};
        usage(EngineCliTest.run(concat(base, "--winmax", "1,2", "--replications", "0")), "option '--replications' is 0: must be at least 1");
        usage(EngineCliTest.run(concat(base, "--winmax", "1,2", "--sensitivity", "1")), "option '--sensitivity' is 1: must be at least 2");
        usage(EngineCliTest.run(concat(base, "--winmax", "1,2", "--threads", "0")), "option '--threads' is 0: must be at least 1");
        usage(EngineCliTest.run(concat(base, "--winmax", "1,-2")), "option '--winmax' is 1,-2: every value must be at least 0");
        usage(EngineCliTest.run(concat(base, "--noise", "2=1.5")), "option '--noise' is 2=1.5: noise factor 1.5 is not in [0, 1]");
        usage(EngineCliTest.run(concat(base, "--noise", "0=0.2")), "option '--noise' is 0=0.2: level 0 is below 1");
        usage(EngineCliTest.run(concat(base, "--normalisation", "minmax:5:1")), "option '--normalisation' is minmax:5:1");
        usage(EngineCliTest.run(concat(base, "--normalisation", "zscore:10:x")), "'x' is not a finite number");
        usage(EngineCliTest.run(concat(base, "--aggregation", "median")), "option '--aggregation' is median: not arithmetic, geometric or harmonic");
        usage(EngineCliTest.run(concat(base, "--winmax", "1,2", "--bootstrap", "10")), "--bootstrap needs --sensitivity N");
        usage(EngineCliTest.run(concat(base, "--noise-sets", "0", "--winmax", "1")), "option '--noise-sets' is 0: must be at least 1");
        usage(EngineCliTest.run("sensitivity", "--outputs", none, "--n", "1", "--inputs", "a"), "option '--n' is 1: must be at least 2");
        usage(EngineCliTest.run("sensitivity", "--outputs", none, "--n", "5", "--inputs", "a,a"), "option '--inputs' is a,a: names an input twice");
        usage(EngineCliTest.run("sensitivity", "--outputs", none, "--n", "5"), "give --design, or both --n and --inputs");
    }

    @Test
    void refusedInputIsReportedWholeWithoutStackTraceAndNothingIsWritten() throws Exception {
        Path bad = file("bad.csv", "town,gdp,pop\nA,10,x\nB,\"1\n2\",3\nC,1\n");
        Path out = dir.resolve("out.csv");
        Run r = EngineCliTest.run("normalise", "--method", "minmax", "--all-positive", bad.toString(), "-o", out.toString());
        refused(r, "bad.csv:5: has 2 fields, the header has 3");
        assertThat(out).doesNotExist();
        Path numbers = file("numbers.csv", "town,gdp,pop\nA,10,x\nB,\"1\n2\",3\n");
        refused(EngineCliTest.run("normalise", "--method", "minmax", "--all-positive", numbers.toString()),
                "2 problem(s)", "numbers.csv:2 column 'pop': 'x' is not a number", "numbers.csv:3 column 'gdp': '1\n2' is not a number");
        refused(EngineCliTest.run("normalise", "--method", "minmax", "--all-positive", dir.resolve("nope.csv").toString()),
                "nope.csv: no such file");
        Path negative = file("neg.csv", "town,x,y\nA,1,2\nB,-3,4\n");
        refused(EngineCliTest.run("weights", "--method", "entropy", negative.toString()),
                "unit 'B', indicator 'x': value -3.0 is negative; entropy weights take shares of values >= 0");
        refused(EngineCliTest.run("topsis", negative.toString()), "unit 'B', indicator 'x': value -3.0 is negative; vector normalisation");
        refused(EngineCliTest.run("normalise", "--method", "minmax", "--all-positive", "--ignore", "nmae", towns()),
                "towns.csv:1 column 'nmae': column named by --ignore not found");
        Path constant = file("constant.csv", "town,x,y\nA,1,2\nB,1,4\n");
        refused(EngineCliTest.run("normalise", "--method", "minmax", "--all-positive", constant.toString()),
                "indicator 'x' is constant (1.0)");
    }

    @Test
    void anythingElseIsAFailureWithItsStackTrace() throws Exception {
        Path blocker = file("blocker", "a file where a folder should be");
        Run r = EngineCliTest.run("normalise", "--method", "minmax", "--all-positive", towns(), "-o", blocker.resolve("out.csv").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(EngineCli.FAILURE);
        assertThat(r.err()).startsWith("error: java.io.UncheckedIOException: cannot write").contains("\tat ");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
