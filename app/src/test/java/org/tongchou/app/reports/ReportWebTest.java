package org.tongchou.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.cli.CommandLineRunner;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.SignedInPageTest;
import org.tongchou.app.support.WebAppTest;
import picocli.CommandLine;

/**
 * The pack over HTTP and on the command line: the run page's button (analysts), production with a
 * redirect to the archived download, the archive and its byte-for-byte downloads for leaders, the refusals
 * (a leader producing, a reporter reading, an unpublished run, a wrong format), and
 * {@code tongchou report RUN_ID --format ... -o FILE}.
 */
@WebAppTest
class ReportWebTest extends SignedInPageTest {
    @Autowired
    CommandLineRunner runner;

    @BeforeEach
    void setUp() {
        ReportFixture.load(jdbc, frameworks, indicators, values, port);
    }

    private HttpTestClient session(String user) {
        HttpTestClient c = new HttpTestClient(port);
        c.signIn(user, ReportFixture.PW);
        return c;
    }

    private static long archived(HttpResponse<String> produced) {
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(302);
        String location = produced.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/reports/\\d+/download");
        return Long.parseLong(location.replaceAll(".*/reports/(\\d+)/download", "$1"));
    }

    @Test
    void anAnalystProducesFromTheRunPageAndALeaderDownloadsTheSameBytesFromTheArchive() {
        HttpTestClient analyst = session("analyst");
        String runPage = analyst.page("/evaluation/runs/" + ReportFixture.published2024, null, null).body();
        assertThat(runPage).contains("id=\"report-form\"");
        String csrf = analyst.csrfFrom("/reports");
        long id = archived(analyst.postForm("/reports", csrf, "run", Long.toString(ReportFixture.published2024), "kind", "pack", "format", "xlsx",
                "lang", "zh"));
        HttpResponse<byte[]> mine = analyst.bytes("/reports/" + id + "/download");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(mine.headers().firstValue("Content-Disposition").orElse("")).contains("2024-briefing-pack-zh-run" + ReportFixture.published2024 + ".xlsx");
        byte[] stored = jdbc.sql("SELECT content FROM report_archive WHERE id = ?").param(id).query((rs, n) -> rs.getBytes(1)).single();
        assertThat(mine.body()).isEqualTo(stored);
        assertThat(mine.headers().firstValue("X-Content-SHA256").orElseThrow()).isEqualTo(ReportService.sha256(stored));

        HttpTestClient leader = session("leader");
        String archive = leader.page("/reports", null, null).body();
        assertThat(archive).contains("id=\"report-" + id + "\"").contains("analyst").doesNotContain("id=\"produce-form\"");
        HttpResponse<byte[]> again = leader.bytes("/reports/" + id + "/download");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).as("byte for byte").isEqualTo(mine.body());
    }

    @Test
    void whoMayDoWhat() {
        HttpTestClient leader = session("leader");
        String csrf = leader.csrfFrom("/reports");
        assertThat(leader.postForm("/reports", csrf, "run", Long.toString(ReportFixture.published2024)).statusCode()).as("a leader produces nothing")
                .isIn(302, 403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_archive WHERE created_by = 'leader'").query(Long.class).single()).isZero();
        HttpTestClient reporter = session("reporter-320582100");
        assertThat(reporter.page("/reports", null, null).statusCode()).as("a reporter reads no pack (every town's page is in it)").isIn(403, 302);
        assertThat(new HttpTestClient(port).page("/reports", null, null).statusCode()).as("anonymous").isEqualTo(302);

        HttpTestClient analyst = session("analyst");
        String token = analyst.csrfFrom("/reports");
        assertThat(analyst.postForm("/reports", token, "run", Long.toString(ReportFixture.unpublished2024)).statusCode())
                .as("an unpublished run").isEqualTo(409);
        assertThat(analyst.postForm("/reports", token, "run", Long.toString(ReportFixture.published2024), "format", "odt").statusCode())
                .as("an unknown format").isEqualTo(400);
        assertThat(analyst.postForm("/reports", token, "run", "999999").statusCode()).as("an unknown run").isEqualTo(404);
        assertThat(analyst.bytes("/reports/999999/download").statusCode()).isEqualTo(404);
    }

    @Test
    void theJsonApiProducesReportsTheStatusAndServesTheArchivedBytes() throws Exception {
        HttpTestClient api = new HttpTestClient(port);
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        HttpResponse<String> made = api.send("POST", "/api/reports",
                "{\"run\":" + ReportFixture.published2024 + ",\"kind\":\"bulletin\",\"format\":\"docx\",\"lang\":\"en\"}", "analyst", ReportFixture.PW);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        var doc = json.readTree(made.body());
        long id = doc.get("id").asLong();
        assertThat(made.headers().firstValue("Location").orElseThrow()).endsWith("/api/reports/" + id);
        assertThat(doc.get("status").asString()).isEqualTo("DONE");
        assertThat(doc.get("kind").asString()).isEqualTo("bulletin");
        assertThat(doc.get("format").asString()).isEqualTo("docx");
        assertThat(doc.get("run").asLong()).isEqualTo(ReportFixture.published2024);
        HttpResponse<String> status = api.send("GET", "/api/reports/" + id, null, "leader", ReportFixture.PW);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(json.readTree(status.body()).get("sha256").asString()).isEqualTo(doc.get("sha256").asString());
        HttpResponse<String> list = api.send("GET", "/api/reports", null, "analyst", ReportFixture.PW);
        assertThat(json.readTree(list.body()).get(0).get("id").asLong()).as("newest first").isEqualTo(id);
        byte[] stored = jdbc.sql("SELECT content FROM report_archive WHERE id = ?").param(id).query((rs, n) -> rs.getBytes(1)).single();
        assertThat(ReportService.sha256(stored)).isEqualTo(doc.get("sha256").asString());
        HttpResponse<byte[]> bytes = session("leader").bytes("/api/reports/" + id + "/download");
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.body()).as("byte for byte").isEqualTo(stored);

        // refusals: RFC 9457 problem details
        HttpResponse<String> unpublished = api.send("POST", "/api/reports", "{\"run\":" + ReportFixture.unpublished2024 + "}", "analyst", ReportFixture.PW);
        assertThat(unpublished.statusCode()).isEqualTo(409);
        assertThat(unpublished.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json.readTree(unpublished.body()).get("status").asInt()).isEqualTo(409);
        HttpResponse<String> badFormat = api.send("POST", "/api/reports", "{\"run\":" + ReportFixture.published2024 + ",\"format\":\"odt\"}",
                "analyst", ReportFixture.PW);
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(badFormat.body()).contains("pdf, docx or xlsx");
        assertThat(api.send("POST", "/api/reports", "{}", "analyst", ReportFixture.PW).statusCode()).as("no run").isEqualTo(400);
        assertThat(api.send("POST", "/api/reports", "{\"run\":999999}", "analyst", ReportFixture.PW).statusCode()).isEqualTo(404);
        assertThat(api.send("GET", "/api/reports/999999", null, "analyst", ReportFixture.PW).statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "/api/reports", "{\"run\":" + ReportFixture.published2024 + "}", "leader", ReportFixture.PW).statusCode())
                .as("a leader produces nothing").isEqualTo(403);
        assertThat(api.send("GET", "/api/reports", null, "reporter-320582100", ReportFixture.PW).statusCode()).as("a reporter reads no pack")
                .isEqualTo(403);
    }

    @Test
    void theCommandWritesAndArchivesTheDocument(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pack.docx");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = runner.commandLine();
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        int code = cl.execute("report", Long.toString(ReportFixture.published2024), "--format", "docx", "--lang", "en", "-o", out.toString());
        assertThat(code).as(e.toString()).isEqualTo(ExitCodes.OK);
        byte[] written = Files.readAllBytes(out);
        byte[] newest = jdbc.sql("SELECT content FROM report_archive WHERE created_by = 'cli' ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> rs.getBytes(1)).single();
        assertThat(written).isEqualTo(newest);
        assertThat(o.toString()).contains("archived as document");
        assertThat(cl.execute("report", Long.toString(ReportFixture.unpublished2024), "-o", dir.resolve("x.pdf").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(e.toString()).contains("not published");
        assertThat(cl.execute("report", Long.toString(ReportFixture.published2024), "--format", "odt", "-o", dir.resolve("x.odt").toString()))
                .isEqualTo(ExitCodes.USAGE);
    }
}
