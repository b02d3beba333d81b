package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
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
    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        if (!users.exists(USER)) users.create(new NewUser(USER, "审计语言", PW, Role.ANALYST, null), "test");
    }

    private String usersPage(Locale locale) throws Exception {
        return mvc.perform(get("/admin/users").param("lang", locale.toLanguageTag()).with(user(userDetails.loadUserByUsername("admin"))).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
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
