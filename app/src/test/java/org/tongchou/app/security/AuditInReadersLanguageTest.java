package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;
import org.tongchou.app.support.SignedInPages;
import org.tongchou.app.support.WebAppTest;

/**
 * What the audit stores about an action as a sentence (a password reset ended the sessions and revoked tokens) is a
 * message key with its arguments, shown on the users page in the reader's language; a row stored before as English
 * text still reads as it was stored.
 */
@WebAppTest
class AuditInReadersLanguageTest {
    private static final String USER = "audit-language-test";
    private static final String PW = "Audit-language-2026!";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    private SignedInPages pages;

    @BeforeEach
    void userWithAnAudit() {
        pages = new SignedInPages(context, userDetails);
        if (!users.exists(USER)) users.create(new NewUser(USER, "审计语言", PW, Role.ANALYST, null), "test");
    }

    private String usersPage(Locale locale) throws Exception {
        return pages.html("/admin/users", "admin", locale);
    }

    @Test
    void aPasswordResetReadsInChineseOnAChinesePageAndInEnglishOnAnEnglishOne() throws Exception {
        audit.change("admin", "RESET_PASSWORD", USER, null, "sessions ended, 2 API token(s) revoked"); // a row from before
        users.resetPassword(USER, PW + "x", "admin");

        String zh = usersPage(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).contains("<td>会话已结束，已吊销 0 个 API 令牌</td>").doesNotContain("audit.text.")
                .as("an old row, kept readable as stored").contains("<td>sessions ended, 2 API token(s) revoked</td>")
                .doesNotContain("sessions ended, 0");
        assertThat(usersPage(Locale.ENGLISH)).contains("<td>sessions ended, 0 API token(s) revoked</td>");
    }
}
