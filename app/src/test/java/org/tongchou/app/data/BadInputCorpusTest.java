package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongchou.app.cli.CommandLineRunner;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9's bad-input corpus ({@link BadInputCorpus}) fed to both doors of the value import: the command line
 * ({@code import-data FILE --dry-run}) and the API ({@code POST /api/data/import?dryRun=true}, as a script
 * sends it, over HTTP with an API token). For every file: no answer of 500 and no exit code 3; the file is refused
 * with problems at exactly the declared rows and columns (each naming its row, or the file), or accepted with
 * exactly the declared values; and the command line and the API say the same, problem for problem and value for
 * value. Dry runs: nothing is written into the shared test database.
 */
@WebAppTest
class BadInputCorpusTest {
    private final JsonMapper json = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    CommandLineRunner runner;
    @TempDir
    Path dir;

    record Outcome(int exit, List<String> problems, List<String> values, String text) {
    }

    @Test
    void everyFileOfTheCorpusIsRefusedWithItsPlacesOrImportedExactlyAndBothDoorsAgree() throws IOException {
        List<BadInputCorpus.Case> corpus = BadInputCorpus.all();
        assertThat(corpus).as("the corpus").hasSizeGreaterThanOrEqualTo(100);
        assertThat(corpus.stream().map(BadInputCorpus.Case::name).distinct()).as("file names").hasSize(corpus.size());
        String token = new HttpTestClient(port).tokenFor("analyst", DemoAccounts.PASSWORD);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (BadInputCorpus.Case c : corpus) {
            Path f = dir.resolve(c.name());
            Files.write(f, c.content());
            Outcome cli = cli(f);
            Outcome api = api(c, token);
            List<String> wrong = new ArrayList<>();
            if (cli.exit() != ExitCodes.OK && cli.exit() != ExitCodes.BAD_INPUT) wrong.add("CLI exit " + cli.exit() + ": " + cli.text());
            if (api.exit() != 200 && api.exit() != 422) wrong.add("API " + api.exit() + ": " + api.text());
            if (!cli.problems().equals(api.problems())) wrong.add("CLI and API disagree: CLI " + cli.problems() + " / API " + api.problems());
            if (!cli.values().equals(api.values())) wrong.add("CLI and API values disagree: CLI " + cli.values() + " / API " + api.values());
            if (c.accepted()) {
                List<String> expected = c.values().stream().map(BadInputCorpusTest::line).toList();
                if (cli.exit() != ExitCodes.OK || api.exit() != 200) wrong.add("refused, expected accepted: " + cli.text() + " | " + api.text());
                else if (!api.values().equals(expected)) wrong.add("values " + api.values() + ", expected " + expected);
            } else {
                refused++;
                List<String> at = api.problems().stream().map(p -> p.substring(0, p.indexOf(' '))).toList();
                if (cli.exit() != ExitCodes.BAD_INPUT || api.exit() != 422) wrong.add("accepted, expected refused at " + c.problemsAt() + ": " + api.values());
                else if (!at.equals(c.problemsAt().subList(0, Math.min(c.problemsAt().size(), DataImportService.MAX_PROBLEMS)))) {
                    wrong.add("problems at " + abbreviate(at) + ", expected " + abbreviate(c.problemsAt()) + ": " + abbreviate(api.problems()));
                }
                for (String p : api.problems()) {
                    if (p.startsWith("0:") && !p.contains(c.name())) wrong.add("a problem naming neither row nor file: " + p);
                }
            }
            if (!wrong.isEmpty()) failures.add(c.name() + ": " + String.join("; ", wrong));
        }
        assertThat(failures).as("files of the corpus answered wrongly (%d files, %d refused)", corpus.size(), refused).isEmpty();
    }

    private static String line(BadInputCorpus.Expected e) {
        return e.row() + " " + e.unit() + " " + e.indicator() + " " + e.period() + " " + ValueRules.fmt(e.value());
    }

    private static String abbreviate(List<String> l) {
        return l.size() <= 6 ? l.toString() : l.subList(0, 6) + "… (" + l.size() + ")";
    }

    private static final Pattern CLI_PROBLEM = Pattern.compile("^(.+?): row (\\d+)(?:, column (\\d+))?.*?: (.*)$");
    private static final Pattern CLI_CHANGE = Pattern.compile("^ {2}row (\\d+): (\\S+) (\\S+) (\\S+): \\S+ → (\\S+)$");

    private Outcome cli(Path f) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = runner.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("import-data", f.toString(), "--dry-run", "--show-changes", "100000");
        List<String> problems = new ArrayList<>();
        for (String l : err.toString().split("\n")) {
            if (l.isBlank() || l.contains("nothing written") || l.contains(" more problems")) continue;
            if (!l.startsWith(f.getFileName() + ": ")) continue; // progress lines
            Matcher m = CLI_PROBLEM.matcher(l);
            if (!m.matches()) {
                problems.add("unparsed: " + l);
                continue;
            }
            problems.add(m.group(2) + ":" + (m.group(3) == null ? "0" : m.group(3)) + " " + l.substring(f.getFileName().toString().length() + 2));
        }
        List<String> values = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            Matcher m = CLI_CHANGE.matcher(l);
            if (m.matches()) values.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5));
        }
        return new Outcome(exit, problems, values, err.toString().lines().limit(5).toList() + " " + out.toString().lines().limit(5).toList());
    }

    private Outcome api(BadInputCorpus.Case c, String token) {
        String boundary = "----corpus" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + c.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = BadInputCorpus.concat(head, c.content(), ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r;
        try {
            r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/data/import"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String text = r.body().length() > 400 ? r.body().substring(0, 400) + "…" : r.body();
        if (r.statusCode() != 200 && r.statusCode() != 422) return new Outcome(r.statusCode(), List.of(), List.of(), text);
        JsonNode n = json.readTree(r.body());
        List<String> problems = new ArrayList<>();
        if (n.has("problems")) {
            for (JsonNode p : n.get("problems")) {
                ImportProblem ip = new ImportProblem(p.get("row").asLong(), p.get("column").asInt(), p.get("header").asString(), p.get("value").asString(),
                        p.get("reason").asString());
                problems.add(ip.row() + ":" + ip.column() + " " + ip);
            }
        }
        List<String> values = new ArrayList<>();
        if (n.has("changes")) {
            for (JsonNode ch : n.get("changes")) {
                values.add(ch.get("row").asLong() + " " + ch.get("unitCode").asString() + " " + ch.get("indicator").asString() + " "
                        + ch.get("period").asString() + " " + ValueRules.fmt(ch.get("newValue").asDouble()));
            }
        }
        return new Outcome(r.statusCode(), problems, values, text);
    }
}
