package org.tongchou.app.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongchou.app.support.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.WebAppTest;
import org.tongchou.app.support.WebTestFixture;

/**
 * The routes of meetings, commitments and targets under each role's access (the table in
 * docs/meetings.md, "Access"), through the real security filters: a reporter reads another town's
 * drafts as 404, reports only on their own town (403 elsewhere), never verifies; leaders write nothing;
 * errors are problem details; uploads are judged by content; exports neutralise formulas.
 */
@WebAppTest
class MeetingsWebTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private static final String YANGSHE = WebTestFixture.YANGSHE;
    private static final String TANGQIAO = WebTestFixture.TANGQIAO;
    private static final String REPORTER = "reporter-320582100";
    /** An analyst of this test's own, so that the audit entries it causes are not the demo analyst's (other tests check those). */
    private static final String ANALYST = "analyst-meetings";
    private static final String ANALYST_PW = "meetings-2026!";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;
    private MockMvc mvc;

    @Autowired
    org.tongchou.app.security.UserService users;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        if (!users.exists(ANALYST)) {
            users.create(new org.tongchou.app.security.NewUser(ANALYST, "分析员（会议测试）", ANALYST_PW, org.tongchou.app.security.Role.ANALYST, null), "test");
        }
    }

    /** Pages use the session (form sign-in): the signed-in principal directly. */
    private org.springframework.test.web.servlet.request.RequestPostProcessor session(String user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String user, String body) {
        return b.with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String user) {
        return bearer(user, user.equals(ANALYST) ? ANALYST_PW : PW);
    }

    private long create(String path, String user, String body) throws Exception {
        String out = mvc.perform(json(post(path), user, body)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(out, "$.id")).longValue();
    }

    @Test
    void commitmentsFollowTheUnitScopeAndTheRoles() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long meeting = create("/api/meetings", ANALYST, "{\"kind\":\"QUARTERLY_REVIEW\",\"title\":\"季度点评会\",\"heldOn\":\"" + today.minusDays(3)
                + "\",\"hostUnit\":\"" + YANGSHE + "\",\"items\":[{\"part\":\"REQUIREMENT\",\"title\":\"争先进位，攀高比强\"}]}");
        String due = today.plusDays(30).toString();
        long own = create("/api/meetings/" + meeting + "/commitments", ANALYST, "{\"town\":\"" + YANGSHE
                + "\",\"text\":\"=HYPERLINK(\\\"http://x\\\")\",\"ownerOffice\":\"杨舍镇党委办\",\"kind\":\"MILESTONE\",\"deadline\":\"" + due + "\"}");
        long other = create("/api/meetings/" + meeting + "/commitments", ANALYST, "{\"town\":\"" + TANGQIAO
                + "\",\"text\":\"塘桥的承诺\",\"ownerOffice\":\"塘桥镇党委办\",\"kind\":\"MILESTONE\",\"deadline\":\"" + due + "\"}");

        // drafts: the own town's readable, another town's not even revealed
        mvc.perform(get("/api/commitments/{id}", own).with(bearer(REPORTER, PW))).andExpect(status().isOk());
        mvc.perform(get("/api/commitments/{id}", other).with(bearer(REPORTER, PW))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/commitments").with(bearer("leader", PW))).andExpect(jsonPath("$[?(@.id == " + own + ")]").isEmpty());
        mvc.perform(multipart("/api/commitments/{id}/progress", own).param("text", "x").with(bearer(REPORTER, PW)))
                .andExpect(status().isForbidden()); // a draft is not reported on

        mvc.perform(post("/api/commitments/{id}/publish", own).with(bearer(REPORTER, PW))).andExpect(status().isForbidden());
        mvc.perform(post("/api/commitments/{id}/publish", own).with(bearer("leader", PW))).andExpect(status().isForbidden());
        mvc.perform(post("/api/commitments/{id}/publish", own).with(basic(ANALYST))).andExpect(status().isOk());
        mvc.perform(post("/api/commitments/{id}/publish", other).with(basic(ANALYST))).andExpect(status().isOk());

        // published: every town reads it, only its own town reports on it
        mvc.perform(get("/api/commitments/{id}", other).with(bearer(REPORTER, PW))).andExpect(status().isOk());
        mvc.perform(multipart("/api/commitments/{id}/progress", other).param("text", "x").with(bearer(REPORTER, PW)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/towns/{u}/commitments", TANGQIAO).with(bearer(REPORTER, PW))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/commitments/{id}/progress", own).param("text", "主体完工").param("status", "AT_RISK")
                        .file(new MockMultipartFile("file", "照片.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 7}))
                        .with(bearer(REPORTER, PW)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.commitment.status").value("AT_RISK"))
                .andExpect(jsonPath("$.history[2].evidence[0].contentType").value("image/png"));
        mvc.perform(multipart("/api/commitments/{id}/progress", own).param("text", "x")
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                        .with(bearer(REPORTER, PW)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.history[3].evidence[0].contentType").value("text/plain; charset=UTF-8"));
        mvc.perform(multipart("/api/commitments/{id}/progress", own).param("text", "x")
                        .file(new MockMultipartFile("file", "setup.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0}))
                        .with(bearer(REPORTER, PW)))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("setup.pdf"));
        mvc.perform(multipart("/api/commitments/{id}/declare", own).param("text", "竣工").with(bearer(REPORTER, PW)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.commitment.review").value("PENDING"));
        mvc.perform(json(post("/api/commitments/{id}/send-back", own), REPORTER, "{\"reason\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/commitments/{id}/send-back", own), ANALYST, "{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(post("/api/commitments/{id}/verify", own), ANALYST, "{}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.doneOnTime").value(true));

        String csv = mvc.perform(get("/commitments.csv").with(session("analyst"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).as("export neutralises a formula").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        mvc.perform(get("/api/notifications").with(bearer(REPORTER, PW))).andExpect(status().isOk());
        mvc.perform(get("/commitments/town/{u}", TANGQIAO).with(session(REPORTER))).andExpect(status().isForbidden());
        mvc.perform(get("/commitments/town/{u}", YANGSHE).with(session(REPORTER))).andExpect(status().isOk());
        mvc.perform(get("/meetings/new").with(session(REPORTER))).andExpect(status().isForbidden());
        mvc.perform(post("/commitments/{id}/verify", own).with(session(REPORTER))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/meetings"), "leader", "{}")).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/meetings"), ANALYST, "{\"kind\":\"NONE\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("tag:tongchou.org,2026:problem/validation"));
    }

    @Test
    void targetsFollowTheUnitScopeAndOnlyAnalystsApprove() throws Exception {
        int year = LocalDate.now(clock).getYear();
        mvc.perform(json(post("/api/targets/proposals"), REPORTER, "[{\"unit\":\"" + TANGQIAO + "\",\"indicator\":\"adm_pop\",\"year\":" + year
                + ",\"value\":10}]")).andExpect(status().isForbidden());
        org.tongchou.app.support.WebTestFixture.ensureAdminIndicators(context.getBean(org.tongchou.app.indicators.IndicatorService.class));
        String out = mvc.perform(json(post("/api/targets/proposals"), REPORTER, "[{\"unit\":\"" + YANGSHE + "\",\"indicator\":\"adm_pop\",\"year\":" + year
                + ",\"value\":10}]")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(out, "$[0].id")).longValue();
        mvc.perform(post("/api/targets/proposals/{id}/approve", id).with(bearer(REPORTER, PW))).andExpect(status().isForbidden());
        mvc.perform(post("/api/targets/proposals/{id}/approve", id).with(basic(ANALYST))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/targets").param("year", "" + year).with(bearer("reporter-320582101", PW))).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/api/targets").param("year", "" + year).with(bearer(REPORTER, PW))).andExpect(jsonPath("$[0].unit").value(YANGSHE));
        mvc.perform(get("/api/targets/history").param("unit", YANGSHE).param("indicator", "adm_pop").param("year", "" + year)
                .with(bearer("reporter-320582101", PW))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/targets/import").file(new MockMultipartFile("file", "t.csv", "text/csv",
                        ("unit,indicator,period,value\n" + YANGSHE + ",adm_pop,2025,abc\n").getBytes(StandardCharsets.UTF_8))).with(basic(ANALYST)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value(4));
        mvc.perform(multipart("/api/targets/import").file(new MockMultipartFile("file", "t.xlsx", "text/csv", new byte[] {'M', 'Z', 0}))
                .with(basic(ANALYST))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/targets/progress").param("asOf", "2025X1").with(bearer("leader", PW))).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theOpenApiDescriptionHasTheNewRoutes() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(doc).contains("/api/meetings/{id}/commitments", "/api/commitments/{id}/progress", "/api/commitments/{id}/send-back",
                "/api/targets/proposals/{id}/approve", "/api/targets/progress", "/api/notifications", "/api/runs/{runId}/cadre-inputs");
    }
}
