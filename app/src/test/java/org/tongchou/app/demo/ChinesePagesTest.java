package org.tongchou.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.TestDatabaseConfig;

/**
 * The demo city's pages in Chinese, as each role sees them: no internal English in the visible text
 * (enum names such as APPORTIONED_FROM or MIN_MAX, value statuses such as APPROVED, the English phrases
 * of run notes). Each role's pages are the links of its home page and navigation, and the links on those
 * pages (one level further), downloads and the API aside. Same context as DemoCityBrowserTest (its own
 * H2 database with the demo city); skipped without the code lists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tongchou_demo_browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test-h2")
@Import(TestDatabaseConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChinesePagesTest {
    /** Enum-like tokens: two or more capitals joined by underscores. */
    private static final Pattern ENUM_LIKE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");
    /** Single-word enum names that pages used to print as they are. */
    private static final Pattern ENUM_WORD = Pattern.compile("\\b(APPROVED|SUBMITTED|DRAFT|RETURNED|ENTROPY|EQUAL|ARITHMETIC|GEOMETRIC"
            + "|PENDING|OVERDUE|PUBLISHED|CURRENT|HISTORIC|LINEAR|SEASONAL|TOWNSHIP|VILLAGE|COUNTY|ANALYST|REPORTER|LEADER|ADMIN)\\b");
    /** English phrases of run notes and other internal texts. */
    private static final Pattern PHRASES = Pattern.compile("(?i)(on today's boundaries|approved values? missing|weighted mean|apportioned"
            + "|not computed|could not|is missing|contributors|indicator weights)");
    private static final int MAX_PAGES = 90;

    @LocalServerPort
    int port;
    @Autowired
    DemoService demo;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    EvaluationService evaluation;

    @BeforeAll
    void loadDemo() {
        DemoCodeLists.assume();
        demo.load(false);
        accounts.ensure();
        evaluation.runAndPublishYears(EvaluationPlan.DEFAULT_CODE, 2016, 2024, "test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"leader", "analyst", "admin", "reporter-320582100"})
    void pagesShowNoInternalEnglish(String user) {
        HttpTestClient http = new HttpTestClient(port).header("Accept-Language", "zh-CN");
        http.signIn(user, DemoAccounts.PASSWORD);
        Map<String, List<String>> found = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> perShape = new LinkedHashMap<>();
        List<String> queue = new ArrayList<>(List.of("/"));
        for (int i = 0; i < queue.size() && seen.size() < MAX_PAGES; i++) {
            String path = queue.get(i);
            // two pages of each shape (/towns/N, /evaluation/runs/N?period=…) are enough
            String shape = path.replaceAll("\\?.*", "").replaceAll("\\d+", "N");
            if (seen.contains(path) || perShape.merge(shape, 1, Integer::sum) > 2) continue;
            seen.add(path);
            HttpResponse<String> r = http.page(path, null, null);
            if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) continue;
            String html = r.body();
            for (String l : links(html)) {
                if (!queue.contains(l)) queue.add(l);
                // what fed a run's cadre indicators (the meetings module), reached from a run's number
                Matcher run = Pattern.compile("^/evaluation/runs/(\\d+)$").matcher(l);
                if (run.matches() && !queue.contains("/commitments/runs/" + run.group(1))) queue.add("/commitments/runs/" + run.group(1));
            }
            List<String> english = english(visibleText(html));
            if (!english.isEmpty()) found.put(path, english);
        }
        assertThat(seen).as("pages visited as %s", user).hasSizeGreaterThan(3);
        if (user.equals("analyst")) {
            assertThat(seen).as("an analyst's pages include a run and what fed its cadre indicators")
                    .anyMatch(p -> p.startsWith("/evaluation/runs/")).anyMatch(p -> p.startsWith("/commitments/runs/"))
                    .anyMatch(p -> p.startsWith("/evaluation/plans"));
        }
        assertThat(found).as("internal English on the Chinese pages of %s (page: tokens)", user).isEmpty();
    }

    /** Audit values that used to be shown as stored: words of the code, unit-change kinds, backup actions (not "demo": an actor). */
    private static final Pattern RAW_AUDIT = Pattern.compile("\\b(true|false|draft|published|normal|revoked|unlocked|unit-change"
            + "|MERGE|SPLIT|RENAME|RECODE|REPARENT|CREATE|ABOLISH|BACKUP_[A-Z]+|NONE|SENT_BACK)\\b");

    /**
     * What the crawl above cannot reach: a refusal flashed after a form (the deadline page), and audited values
     * recorded by actions (a user disabled and enabled again, the demo's unit changes).
     */
    @org.junit.jupiter.api.Test
    void refusalsAfterAFormAndAuditedValuesAreInChinese() {
        HttpTestClient http = new HttpTestClient(port).header("Accept-Language", "zh-CN");
        http.signIn("admin", DemoAccounts.PASSWORD);
        String csrf = http.csrfFrom("/admin/periods");
        http.postForm("/admin/periods", csrf, "period", "2025X", "due", "2025-03-01");
        String notAPeriod = visibleText(http.page("/admin/periods", null, null).body());
        assertThat(notAPeriod).as("a period that is not one").contains("“2025X”不是有效的期别");
        http.postForm("/admin/periods", csrf, "period", "2025M03", "due", "2025-02-01");
        String tooEarly = visibleText(http.page("/admin/periods", null, null).body());
        assertThat(tooEarly).as("a deadline before its period starts").contains("截止日 2025-02-01 不晚于报送期 2025M03 的期初");
        assertThat(english(notAPeriod + " " + tooEarly)).isEmpty();
        assertThat(notAPeriod + tooEarly).doesNotContain("expected 2024", "is not after");

        http.postForm("/admin/users/leader/enabled", csrf, "enabled", "false");
        http.postForm("/admin/users/leader/enabled", csrf, "enabled", "true");
        String html = http.page("/admin/users", null, null).body();
        String audit = visibleText(html.substring(html.indexOf("id=\"change-audit\""), html.indexOf("</table>", html.indexOf("id=\"change-audit\""))));
        assertThat(audit).as("the audit of the user disabled and enabled again").contains("已停用", "已启用");
        List<String> raw = new ArrayList<>(english(audit));
        Matcher m = RAW_AUDIT.matcher(audit);
        while (m.find()) raw.add(m.group() + " «" + audit.substring(Math.max(0, m.start() - 30), Math.min(audit.length(), m.end() + 30)) + "»");
        assertThat(raw).as("values shown as stored in the change audit").isEmpty();
    }

    /** Links within the application to pages: no downloads, no API, no sign-out, no language switch. */
    static List<String> links(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"(/[^\"#]*)\"").matcher(html);
        while (m.find()) {
            String l = m.group(1).replace("&amp;", "&");
            if (l.startsWith("/api") || l.startsWith("/webjars") || l.startsWith("/css") || l.startsWith("/js") || l.startsWith("/img")
                    || l.startsWith("/logout") || l.contains("lang=") || l.endsWith(".csv") || l.endsWith(".xlsx") || l.contains("/download")
                    || l.contains("/export") || l.startsWith("/files/") || l.contains("format=")) {
                continue;
            }
            out.add(l);
        }
        return out;
    }

    /** The text a reader sees: no scripts, styles, tags or attribute values. */
    static String visibleText(String html) {
        String s = html.replaceAll("(?is)<(script|style|head)\\b.*?</\\1>", " ");
        s = s.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]*>", " ");
        return s.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replaceAll("\\s+", " ");
    }

    static List<String> english(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Pattern p : List.of(ENUM_LIKE, ENUM_WORD, PHRASES)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 30);
                out.add(m.group() + " «" + text.substring(from, Math.min(text.length(), m.end() + 30)).strip() + "»");
            }
        }
        return new ArrayList<>(out);
    }
}
