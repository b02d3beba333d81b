package org.tongchou.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.browser.Browser;
import org.tongchou.app.browser.BrowserTestBase;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.security.Role;

/**
 * Issue 11 in Chromium: the analyst publishes a run on the plans page, opens its run page, produces the
 * briefing pack as PDF, Word and Excel with the button and gets the three files downloaded (bytes equal to
 * the archive's); the leader finds them in the archive and downloads them. Screenshots in target/screenshots.
 */
class ReportBrowserTest extends BrowserTestBase {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicators;
    @Autowired
    DataValueService values;
    private long run;

    @BeforeAll
    void fixture() {
        ReportFixture.load(jdbc, frameworks, indicators, values, port);
        run = ReportFixture.newRun(port, "2023");
    }

    @Test
    void theAnalystPublishesAndProducesThePackInThreeFormatsAndTheLeaderFindsItInTheArchive() throws Exception {
        Browser analyst = as(Role.ANALYST);
        analyst.open("/evaluation/plans");
        analyst.clickAndLoad(By.id("publish-" + run));
        Path downloads = Files.createDirectories(Path.of("target", "browser-downloads", "reports-" + System.nanoTime())).toAbsolutePath();
        analyst.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));

        for (String format : new String[] {"pdf", "docx", "xlsx"}) {
            analyst.open("/evaluation/runs/" + run);
            new Select(analyst.find(By.id("report-format"))).selectByValue(format);
            if (format.equals("pdf")) analyst.screenshot("reports-run-page-button");
            analyst.find(By.id("report-button")).click();
            Path file = new WebDriverWait(analyst.driver(), Duration.ofSeconds(90)).until(d -> downloaded(downloads, format).orElse(null));
            byte[] bytes = Files.readAllBytes(file);
            byte[] archived = jdbc.sql("SELECT content FROM report_archive WHERE run_id = ? AND format = ? ORDER BY id DESC LIMIT 1")
                    .params(run, format.toUpperCase()).query((rs, n) -> rs.getBytes(1)).single();
            assertThat(bytes).as("the downloaded %s is the archived one", format).isEqualTo(archived);
            assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo(format.equals("pdf") ? "%PDF" : "PK\u0003\u0004");
        }

        Browser leader = as(Role.LEADER);
        leader.open("/reports");
        for (String format : new String[] {"PDF", "DOCX", "XLSX"}) {
            var rows = leader.findAll(By.cssSelector("#archive-table tr[data-run='" + run + "'][data-format='" + format + "']"));
            assertThat(rows).as("the leader finds the %s in the archive", format).isNotEmpty();
            String href = rows.get(0).findElement(By.cssSelector("a[id^='download-']")).getAttribute("href");
            assertThat(leader.fetchStatus(href.replaceFirst("^https?://[^/]+", ""))).isEqualTo(200);
        }
        assertThat(leader.findAll(By.id("produce-form"))).as("leaders produce nothing").isEmpty();
        leader.screenshot("reports-archive-leader");
    }

    /** The finished download of that extension in the folder (Chromium writes .crdownload until done). */
    private static Optional<Path> downloaded(Path dir, String extension) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + extension)).findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
