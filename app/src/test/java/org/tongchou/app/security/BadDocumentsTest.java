package org.tongchou.app.security;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.cli.CommandLineRunner;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.indicators.FrameworkYaml;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9's bad-input corpus of the documents other than value files ({@link BadDocuments}), fed to every door
 * through which such a document enters Tongchou:
 * <ul>
 *   <li>framework YAML: the page {@code POST /admin/indicators/framework} and {@code framework import FILE};</li>
 *   <li>change proposals (YAML): the page {@code POST /admin/units/proposals/upload} and {@code apply-changes FILE};</li>
 *   <li>GeoJSON boundaries: {@code POST /api/admin/map/boundaries} and the page {@code POST /admin/map};</li>
 *   <li>JSON bodies of the API: entry, return, target proposals and shares, meetings, users, e-mail settings,
 *       formula checks, API tokens.</li>
 * </ul>
 * No answer is a 500 or exit code 3; every refusal is a 4xx (exit 1) whose message names what is wrong and where
 * (the declared text: a line and column, a path, a feature); no refused document changes a row; the accepted
 * framework files read as written.
 */
@WebAppTest
class BadDocumentsTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private static final List<String> TABLES = List.of("framework", "framework_node", "indicator", "map_geometry_source", "admin_unit",
            "unit_change_event", "data_value", "data_value_audit", "target_proposal", "meeting", "app_user", "api_token", "notification_email", "security_audit");
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    @LocalServerPort
    int port;
    @Autowired
    CommandLineRunner runner;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @Test
    void everyDocumentOfTheCorpusIsRefusedNamingWhereOrReadAsWrittenAndNothingIsWritten() throws IOException {
        HttpTestClient admin = new HttpTestClient(port);
        admin.signIn("admin", PW);
        String csrf = admin.csrfFrom("/");
        String token = admin.tokenFor("admin", PW);
        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        int documents = 0;

        for (BadDocuments.Doc d : BadDocuments.frameworks()) {
            documents++;
            if (d.accepted()) {
                try {
                    Framework f = FrameworkYaml.read(d.content(), d.name());
                    if (!f.indicators().get(0).nameZh().equals("甲指标") || !f.indicators().get(1).periodicity().name().equals("YEAR")
                            || f.dimensions().get(0).children().get(1).weight() != 2) {
                        failures.add(d.name() + ": read as " + f);
                    }
                } catch (RuntimeException e) {
                    failures.add(d.name() + ": refused, expected accepted: " + e.getMessage());
                }
                continue;
            }
            check(d, "page", page("/admin/indicators/framework", admin, csrf, d), failures);
            check(d, "CLI", cli(d, "framework", "import"), failures);
        }
        for (BadDocuments.Doc d : BadDocuments.proposals()) {
            documents++;
            check(d, "page", page("/admin/units/proposals/upload", admin, csrf, d), failures);
            check(d, "CLI", cli(d, "apply-changes"), failures);
        }
        for (BadDocuments.Doc d : BadDocuments.geoJson()) {
            documents++;
            check(d, "API", send("POST", "/api/admin/map/boundaries", d.content(), "application/geo+json", token, null), failures);
            check(d, "page", page("/admin/map", admin, csrf, d), failures);
        }
        String session = admin.sessionCookie();
        int calls = 0;
        for (BadDocuments.Call c : BadDocuments.calls()) {
            calls++;
            boolean sessionOnly = c.endpoint().path().equals("/api/tokens");
            HttpResponse<String> r = sessionOnly ? exchange(c.endpoint().method(), c.endpoint().path(), c.body(), "application/json", null, Map.of("Cookie", session,
                    "X-CSRF-TOKEN", csrf)) : exchange(c.endpoint().method(), c.endpoint().path(), c.body(), "application/json", token, null);
            problem(c.toString(), PARSE_LEVEL.contains(c.name()) || c.name().startsWith("number-"), r, failures);
        }
        assertThat(failures).as("documents answered wrongly (%d documents, %d JSON bodies)", documents, calls).isEmpty();
        assertThat(counts()).as("rows of every table the doors write: no refused document wrote anything").isEqualTo(before);
        assertThat(documents + calls).as("the corpus").isGreaterThanOrEqualTo(240);
    }

    /** A refusal over HTTP (a page: 422 with the problems; the API: 4xx problem details) or a CLI outcome naming {@code where}. */
    private void check(BadDocuments.Doc d, String door, Object answer, List<String> failures) {
        String name = d.name() + " (" + door + ")";
        if (answer instanceof CliOutcome c) {
            if (c.exit() != ExitCodes.BAD_INPUT) failures.add(name + ": exit " + c.exit() + ": " + abbreviate(c.err()));
            else if (!c.err().contains(d.where())) failures.add(name + ": does not say '" + d.where() + "': " + abbreviate(c.err()));
            return;
        }
        int status;
        String raw;
        if (answer instanceof Raw r) {
            status = r.status();
            raw = r.body();
        } else {
            @SuppressWarnings("unchecked")
            HttpResponse<String> r = (HttpResponse<String>) answer;
            status = r.statusCode();
            raw = r.body();
        }
        if (status < 400 || status >= 500) {
            failures.add(name + ": " + status + " " + abbreviate(raw));
            return;
        }
        String body = unescape(raw);
        if (!body.contains(d.where())) failures.add(name + ": " + status + " does not say '" + d.where() + "': " + abbreviate(problemsOf(body)));
    }

    /** Bodies the JSON reader refuses: their answer names the line and column or the field (or the limit passed). */
    private static final java.util.Set<String> PARSE_LEVEL = java.util.Set.of("empty", "not-json", "text", "trailing-garbage", "two-documents", "gbk-bytes",
            "deep-nesting", "unknown-key", "duplicate-key", "wrong-type-array", "wrong-type-object", "year-fraction", "days-fraction", "boolean-as-number");

    /**
     * A JSON body refused with 4xx problem details: a body the reader refuses names where (line and column, or the
     * field, or the limit), any other refusal says what in its detail or its errors.
     */
    private void problem(String name, boolean parseLevel, HttpResponse<String> r, List<String> failures) {
        if (r.statusCode() < 400 || r.statusCode() >= 500 || r.statusCode() == 401 || r.statusCode() == 403 || r.statusCode() == 404) {
            failures.add(name + ": " + r.statusCode() + " " + abbreviate(r.body()));
            return;
        }
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            failures.add(name + ": " + r.statusCode() + " not problem details: " + abbreviate(r.body()));
            return;
        }
        JsonNode p = json.readTree(r.body());
        String detail = p.path("detail").asString("");
        boolean names = !parseLevel || detail.contains("line ") || detail.contains("field ") || detail.contains("exceeds the maximum")
                || detail.contains("body is missing");
        if (detail.isBlank() || !names) failures.add(name + ": " + r.statusCode() + " names no place: " + abbreviate(r.body()));
        if (r.body().length() > 20_000) failures.add(name + ": an answer of " + r.body().length() + " characters");
    }

    record CliOutcome(int exit, String err) {
    }

    private CliOutcome cli(BadDocuments.Doc d, String... command) throws IOException {
        Path f = dir.resolve(d.name());
        Files.write(f, d.content());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = runner.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] args = java.util.Arrays.copyOf(command, command.length + 1);
        args[command.length] = f.toString();
        int exit = cl.execute(args);
        Files.delete(f);
        return new CliOutcome(exit, err + out.toString());
    }

    /** The document uploaded on a page, in the administrator's session, as a browser's form sends it. */
    private Object page(String path, HttpTestClient admin, String csrf, BadDocuments.Doc d) {
        String boundary = "----corpus" + System.nanoTime();
        byte[] body = BadDocuments.concat(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + d.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8), d.content(), ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", path, body, "multipart/form-data; boundary=" + boundary, null, Map.of("Cookie", admin.sessionCookie(), "Accept", "text/html"));
    }

    /**
     * Sends the request. A body over 12 MB goes over a plain socket, the body written on another thread while the
     * answer is read: the server answers 413 as soon as it knows the size, and may close the connection before the
     * body is all sent (past Tomcat's 2 MB of swallowing), which Java's HTTP client would report as an error only.
     */
    private Object send(String method, String path, byte[] body, String type, String token, Map<String, String> headers) {
        if (body.length > 12 << 20) return announced(method, path, body, type, token, headers);
        return exchange(method, path, body, type, token, headers);
    }

    private Object announced(String method, String path, byte[] body, String type, String token, Map<String, String> headers) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            StringBuilder h = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: " + type
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n");
            if (token != null) h.append("Authorization: Bearer ").append(token).append("\r\n");
            if (headers != null) headers.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
            if (headers == null || !headers.containsKey("Accept")) h.append("Accept: application/json\r\n");
            socket.getOutputStream().write(h.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            // the body is sent meanwhile, as a client does; the server may stop reading it once it has answered
            Thread writer = new Thread(() -> {
                try {
                    socket.getOutputStream().write(body);
                    socket.getOutputStream().flush();
                } catch (IOException e) {
                    // the server closed the connection after answering
                }
            });
            writer.setDaemon(true);
            writer.start();
            // the answer comes at once; Tomcat then waits for the body it must swallow, so read what came in time
            socket.setSoTimeout(3_000);
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buf)) > 0; ) got.write(buf, 0, n);
            } catch (java.net.SocketTimeoutException e) {
                // all there is
            }
            String answer = got.toString(StandardCharsets.UTF_8);
            if (answer.length() < 12) return new Raw(0, "no answer before the body was sent");
            int status = Integer.parseInt(answer.substring(9, 12));
            return new Raw(status, answer.substring(answer.indexOf("\r\n\r\n") + 4));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An answer read off the socket. */
    record Raw(int status, String body) {
    }

    private HttpResponse<String> exchange(String method, String path, byte[] body, String type, String token, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers == null || !headers.containsKey("Accept")) b.header("Accept", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (headers != null) headers.forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String t : TABLES) m.put(t, jdbc.sql("SELECT COUNT(*) FROM " + t).query(Long.class).single());
        return m;
    }

    private static String problemsOf(String html) {
        int i = html.indexOf("flash-problems");
        return i < 0 ? html : html.substring(i, Math.min(html.length(), i + 600));
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() <= 400 ? t : t.substring(0, 400) + "…";
    }
}
