package org.tongchou.app.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Pages as a signed-in user sees them, through MockMvc over the web test context with the real security filters,
 * in a language chosen as users choose it ({@code ?lang=}).
 */
public final class SignedInPages {
    private final MockMvc mvc;
    private final UserDetailsService users;

    public SignedInPages(WebApplicationContext context, UserDetailsService users) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        this.users = users;
    }

    /** The HTML of the page at {@code path} as {@code username} in {@code locale}; the page must answer 200. */
    public String html(String path, String username, Locale locale) throws Exception {
        return mvc.perform(get(path).param("lang", locale.toLanguageTag()).with(user(users.loadUserByUsername(username)))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
