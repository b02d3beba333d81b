package org.tongchou.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;
import org.tongchou.app.support.SignedInPages;
import org.tongchou.app.support.WebAppTest;
import org.tongchou.app.support.WebTestFixture;

/**
 * The pages whose tables are the shared {@code table :: scroll} fragment (templates/table.html) render each table with
 * its id, its headings in the page's language in their order, and its rows; a table with no rows is not shown where
 * the page says so instead. The user, sign-in, change and token tables had no page test before the fragment.
 */
@WebAppTest
class ScrollTableTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern HEADING = Pattern.compile("<th>([^<]*)</th>");

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MessageSource messages;
    private SignedInPages pages;

    @BeforeEach
    void pages() {
        pages = new SignedInPages(context, userDetails);
    }

    private String page(String path, String username) throws Exception {
        return pages.html(path, username, ZH);
    }

    /** The headings of the table {@code id}, as shown. */
    private static List<String> headings(String html, String id) {
        int at = html.indexOf("<table id=\"" + id + "\">");
        assertThat(at).as("table %s on the page", id).isNotNegative();
        String head = html.substring(at, html.indexOf("</thead>", at));
        List<String> out = new ArrayList<>();
        for (Matcher m = HEADING.matcher(head); m.find(); ) out.add(m.group(1));
        return out;
    }

    private List<String> zh(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> messages.getMessage(k, null, ZH)).toList();
    }

    @Test
    void theUsersPageShowsItsThreeTablesWithTheirHeadingsInChinese() throws Exception {
        String html = page("/admin/users", "admin");
        assertThat(headings(html, "users-table")).containsExactlyElementsOf(
                zh("login.username", "users.displayName", "users.role", "users.scope", "users.status", "users.actions"));
        assertThat(headings(html, "signin-audit")).containsExactlyElementsOf(zh("audit.at", "login.username", "audit.result", "audit.address"));
        assertThat(headings(html, "change-audit")).containsExactlyElementsOf(
                zh("audit.at", "audit.actor", "audit.action", "audit.target", "audit.old", "audit.new"));
        assertThat(html).as("a row per user, in the table's body").contains("id=\"user-admin\"")
                .containsPattern("(?s)<table id=\"users-table\">.*<tbody>\\s*<tr id=\"user-admin\">");
        assertThat(html).doesNotContain("div class=\"table-scroll\" th:").doesNotContain("th:fragment");
    }

    @Test
    void theAccountPageShowsTheTokensTable() throws Exception {
        assertThat(headings(page("/account", "admin"), "tokens-table")).containsExactlyElementsOf(zh("tokens.name", "tokens.prefix",
                "tokens.access", "tokens.createdAt", "tokens.expiresAt", "tokens.lastUsed", "users.status", "users.actions"));
    }

    @Test
    void aValueWithNoHistoryShowsTheSentenceAndNoTable() throws Exception {
        String html = page("/entry/" + WebTestFixture.TANGQIAO + "/2019Q3/history/gdp", "analyst");
        assertThat(html).contains(messages.getMessage("entry.history.none", null, ZH)).doesNotContain("<table id=\"history\">");
    }

    @Test
    void anEmptyReviewQueueShowsNoQueueTableButTheCompletenessTable() throws Exception {
        String html = page("/review?period=2019Q3", "analyst");
        assertThat(html).contains("id=\"queue-empty\"").doesNotContain("<table id=\"queue\">");
        assertThat(headings(html, "completeness")).containsExactlyElementsOf(zh("units.name", "review.col.expected", "review.col.entered",
                "entry.status.DRAFT", "entry.status.SUBMITTED", "entry.status.APPROVED", "entry.status.RETURNED", "review.col.lastChange"));
    }
}
