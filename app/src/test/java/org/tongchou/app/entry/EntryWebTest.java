package org.tongchou.app.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.tongchou.app.support.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.periods.Period;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.support.WebAppTest;
import org.tongchou.app.support.WebTestFixture;

/**
 * Entry and review through the API and the pages, per role, on the shared web test context (MockMvc
 * over the application context, with the real security filters). Each test uses its own period so
 * that tests do not see each other's values.
 */
@WebAppTest
class EntryWebTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private static final String REPORTER = "reporter-320582100";
    private static final String YANGSHE = WebTestFixture.YANGSHE;
    private static final String TANGQIAO = WebTestFixture.TANGQIAO;

    @Autowired
    WebApplicationContext context;
    @Autowired
    DataValueService values;
    @Autowired
    UnitService units;
    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    /** Pages use the session (form sign-in), so they get the signed-in principal directly. */
    private org.springframework.test.web.servlet.request.RequestPostProcessor session(String user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String user, String body) {
        return b.with(bearer(user, PW)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long unitId(String code) {
        return units.findByCode(code, java.time.LocalDate.now()).orElseThrow().id();
    }

    @Test
    void reporterSavesDraftThenSubmitsOwnTown() throws Exception {
        mvc.perform(get("/api/entry/{u}/2024Q1", YANGSHE).with(bearer(REPORTER, PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields[?(@.indicator == 'gdp')].unit").value("万元"))
                .andExpect(jsonPath("$.fields[?(@.indicator == 'resident_population')]").isEmpty());
        mvc.perform(json(put("/api/entry/{u}/2024Q1", YANGSHE), REPORTER,
                "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"1250000\"},{\"indicator\":\"budget_revenue\",\"value\":\"98000.5\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields[?(@.indicator == 'gdp')].status").value("DRAFT"));
        mvc.perform(json(put("/api/entry/{u}/2024Q1", YANGSHE), REPORTER, "{\"values\":[],\"submit\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields[?(@.indicator == 'gdp')].status").value("SUBMITTED"))
                .andExpect(jsonPath("$.fields[?(@.indicator == 'budget_revenue')].value").value(98000.5));
        assertThat(values.find(unitId(YANGSHE), "gdp", Period.parse("2024Q1")).orElseThrow().status()).isEqualTo(ValueStatus.SUBMITTED);
        mvc.perform(get("/api/entry/{u}/2024Q1/history/gdp", YANGSHE).with(bearer(REPORTER, PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].newStatus").value("DRAFT"))
                .andExpect(jsonPath("$[0].changedBy").value(REPORTER))
                .andExpect(jsonPath("$[1].oldStatus").value("DRAFT"))
                .andExpect(jsonPath("$[1].newStatus").value("SUBMITTED"));
    }

    @Test
    void theCadreIndicatorsComputedFromCommitmentsAreNotOnTheFormAndATypedOneIsRefused() throws Exception {
        mvc.perform(get("/api/entry/{u}/2025", YANGSHE).with(bearer(REPORTER, PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields[?(@.indicator == 'resident_population')]").isNotEmpty())
                .andExpect(jsonPath("$.fields[?(@.indicator == 'satisfaction_score')]").isNotEmpty())
                .andExpect(jsonPath("$.fields[?(@.indicator == 'commitments_due')]").isEmpty())
                .andExpect(jsonPath("$.fields[?(@.indicator == 'commitments_done_on_time')]").isEmpty())
                .andExpect(jsonPath("$.fields[?(@.indicator == 'target_completion_rate')]").isEmpty());
        mvc.perform(json(put("/api/entry/{u}/2025", YANGSHE), REPORTER, "{\"values\":[{\"indicator\":\"commitments_due\",\"value\":\"4\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("commitments_due"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("自动计算，不能填报")));
        assertThat(values.find(unitId(YANGSHE), "commitments_due", Period.parse("2025"))).as("nothing written").isEmpty();
    }

    @Test
    void versionsETagAndIfMatchRefuseChangesBasedOnWhatIsNoLongerStored() throws Exception {
        String first = mvc.perform(json(put("/api/entry/{u}/2026Q2", YANGSHE), REPORTER, "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"100\"}]}"))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.fields[?(@.indicator == 'gdp')].version").value(1))
                .andReturn().getResponse().getHeader("ETag");
        // a colleague changes the value: version 2, another tag
        String second = mvc.perform(json(put("/api/entry/{u}/2026Q2", YANGSHE), REPORTER,
                        "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"110\",\"version\":1}]}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(second).isNotEqualTo(first);
        // a change based on version 1: 409 with both values, nothing written
        mvc.perform(json(put("/api/entry/{u}/2026Q2", YANGSHE), REPORTER, "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"120\",\"version\":1}]}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("tag:tongchou.org,2026:problem/stale-value"))
                .andExpect(jsonPath("$.conflicts[0].yourValue").value(120.0))
                .andExpect(jsonPath("$.conflicts[0].yourVersion").value(1))
                .andExpect(jsonPath("$.conflicts[0].storedValue").value(110.0))
                .andExpect(jsonPath("$.conflicts[0].storedVersion").value(2));
        // the form's old tag in If-Match: 412; the current one goes through
        mvc.perform(json(put("/api/entry/{u}/2026Q2", YANGSHE), REPORTER, "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"130\"}]}")
                        .header("If-Match", first))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.etag").value(second));
        assertThat(values.find(unitId(YANGSHE), "gdp", Period.parse("2026Q2")).orElseThrow().value()).isEqualTo(110);
        mvc.perform(json(put("/api/entry/{u}/2026Q2", YANGSHE), REPORTER, "{\"values\":[],\"submit\":true}").header("If-Match", second))
                .andExpect(status().isOk());
        // the analyst approves only what they saw
        mvc.perform(json(post("/api/entry/{u}/2026Q2/approve", YANGSHE), "analyst", "{\"versions\":{\"gdp\":2}}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.conflicts[0].storedStatus").value("SUBMITTED"));
        String tag = mvc.perform(get("/api/entry/{u}/2026Q2", YANGSHE).with(bearer("analyst", PW))).andReturn().getResponse().getHeader("ETag");
        mvc.perform(post("/api/entry/{u}/2026Q2/approve", YANGSHE).with(bearer("analyst", PW)).header("If-Match", tag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(1));
        mvc.perform(json(post("/api/entry/{u}/2026Q2/reopen", YANGSHE), "analyst", "{\"reason\":\"typo\"}").header("If-Match", tag))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void theFormSendsTheVersionsItShowedAndAStaleSaveShowsBothValues() throws Exception {
        mvc.perform(json(put("/api/entry/{u}/2026Q3", YANGSHE), REPORTER, "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"100\"}]}"))
                .andExpect(status().isOk());
        mvc.perform(get("/entry/{u}/2026Q3", YANGSHE).with(session(REPORTER)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"ver_gdp\" value=\"1\"")));
        mvc.perform(json(put("/api/entry/{u}/2026Q3", YANGSHE), REPORTER, "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"110\"}]}"))
                .andExpect(status().isOk());
        mvc.perform(post("/entry/{u}/2026Q3", YANGSHE).with(session(REPORTER)).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).param("v_gdp", "120").param("ver_gdp", "1").param("action", "save"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"stale\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("120")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("110")));
        assertThat(values.find(unitId(YANGSHE), "gdp", Period.parse("2026Q3")).orElseThrow().value()).isEqualTo(110);
    }

    @Test
    void reporterGets403OnAnotherTownsFormAndApi() throws Exception {
        mvc.perform(get("/api/entry/{u}/2024", TANGQIAO).with(bearer(REPORTER, PW)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("tag:tongchou.org,2026:problem/out-of-scope"));
        mvc.perform(json(put("/api/entry/{u}/2024", TANGQIAO), REPORTER, "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"1\"}]}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/entry/{u}/2024", TANGQIAO).with(session(REPORTER)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(get("/entry/{u}/2024", WebTestFixture.YANGSHE_VILLAGE).with(session(REPORTER)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
        // a reporter may not approve their own values
        mvc.perform(post("/api/entry/{u}/2024/approve", YANGSHE).with(bearer(REPORTER, PW)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("tag:tongchou.org,2026:problem/forbidden"));
        mvc.perform(get("/review").with(session(REPORTER)).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
    }

    @Test
    void analystApprovesAndApprovedValueIsLocked() throws Exception {
        mvc.perform(json(put("/api/entry/{u}/2024Q3", YANGSHE), REPORTER,
                "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"1300000\"}],\"submit\":true}")).andExpect(status().isOk());
        mvc.perform(get("/api/entry/completeness").param("period", "2024Q3").with(bearer("analyst", PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unitCode == '" + YANGSHE + "')].submitted").value(1));
        mvc.perform(post("/api/entry/{u}/2024Q3/approve", YANGSHE).with(bearer("analyst", PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(1));
        assertThat(values.find(unitId(YANGSHE), "gdp", Period.parse("2024Q3")).orElseThrow().status()).isEqualTo(ValueStatus.APPROVED);
        mvc.perform(json(put("/api/entry/{u}/2024Q3", YANGSHE), REPORTER, "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"1\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("gdp"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("锁定")));
        assertThat(values.find(unitId(YANGSHE), "gdp", Period.parse("2024Q3")).orElseThrow().value()).as("locked value unchanged")
                .isEqualTo(1_300_000.0);
    }

    @Test
    void analystReturnsWithReasonAndReporterSeesIt() throws Exception {
        mvc.perform(json(put("/api/entry/{u}/2024Q2", YANGSHE), REPORTER,
                "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"1200000\"}],\"submit\":true}")).andExpect(status().isOk());
        mvc.perform(json(post("/api/entry/{u}/2024Q2/return", YANGSHE), "analyst", "{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/entry/{u}/2024Q2/return", YANGSHE), "analyst", "{\"reason\":\"GDP too high, check the Q2 report\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changed").value(1));
        mvc.perform(get("/api/entry/{u}/2024Q2", YANGSHE).with(bearer(REPORTER, PW)))
                .andExpect(jsonPath("$.fields[?(@.indicator == 'gdp')].status").value("RETURNED"))
                .andExpect(jsonPath("$.fields[?(@.indicator == 'gdp')].returnReason").value("GDP too high, check the Q2 report"));
        String page = mvc.perform(get("/entry/{u}/2024Q2", YANGSHE).with(session(REPORTER)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("GDP too high, check the Q2 report");
        mvc.perform(json(put("/api/entry/{u}/2024Q2", YANGSHE), REPORTER,
                "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"1100000\"}],\"submit\":true}"))
                .andExpect(jsonPath("$.fields[?(@.indicator == 'gdp')].status").value("SUBMITTED"));
    }

    /** API errors are in the user's language: Chinese by default, English with {@code lang=en} (kept in a cookie). */
    @Test
    void apiErrorMessagesFollowTheUsersLanguage() throws Exception {
        String bad = "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"12,5\"}]}";
        mvc.perform(json(put("/api/entry/{u}/2024H2", YANGSHE), REPORTER, bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1 处问题，未保存任何数据")))
                .andExpect(jsonPath("$.errors[0].message").value("“12,5”不是数字（请用小数点，不要用千位分隔符）。"));
        mvc.perform(json(put("/api/entry/{u}/2024H2", YANGSHE), REPORTER, bad).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("1 problem(s) in the form of " + YANGSHE + " for 2024H2; nothing was saved."))
                .andExpect(jsonPath("$.errors[0].message").value("\"12,5\" is not a number (use a decimal point, no thousands separators)."));
        mvc.perform(json(put("/api/entry/{u}/2024H2", YANGSHE), REPORTER, bad).cookie(new jakarta.servlet.http.Cookie("tongchou-lang", "en")))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("\"12,5\" is not a number")));
        mvc.perform(json(post("/api/entry/{u}/2024H2/return", YANGSHE), "analyst", "{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("退回数据必须说明原因。"));
        mvc.perform(get("/api/entry/{u}/2024X9", YANGSHE).with(bearer(REPORTER, PW)).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("\"2024X9\" is not a period")));
    }

    /** Reopening: analysts only, a reason needed, audited (history), the value editable again and the reason shown to the reporter. */
    @Test
    void analystReopensAnApprovedValueWithAReason() throws Exception {
        mvc.perform(json(put("/api/entry/{u}/2023Q1", YANGSHE), REPORTER,
                "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"1000000\"},{\"indicator\":\"budget_revenue\",\"value\":\"90000\"}],"
                        + "\"submit\":true}")).andExpect(status().isOk());
        mvc.perform(post("/api/entry/approve-all").param("period", "2023Q1").with(bearer("analyst", PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved['" + YANGSHE + "']").value(2));
        mvc.perform(json(post("/api/entry/{u}/2023Q1/reopen", YANGSHE), REPORTER, "{\"reason\":\"mine\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/entry/{u}/2023Q1/reopen", YANGSHE), "analyst", "{\"reason\":\"\",\"indicators\":[\"gdp\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("重新开放已通过的数据必须说明原因。"));
        mvc.perform(json(post("/api/entry/{u}/2023Q1/reopen", YANGSHE), "analyst", "{\"reason\":\"x\",\"indicators\":[\"fixed_asset_investment\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("未审核通过")));
        mvc.perform(json(post("/api/entry/{u}/2023Q1/reopen", YANGSHE), "analyst",
                        "{\"reason\":\"statistics bureau revised Q1\",\"indicators\":[\"gdp\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(1));
        assertThat(values.find(unitId(YANGSHE), "gdp", Period.parse("2023Q1")).orElseThrow().status()).isEqualTo(ValueStatus.RETURNED);
        assertThat(values.find(unitId(YANGSHE), "budget_revenue", Period.parse("2023Q1")).orElseThrow().status())
                .as("only the named value").isEqualTo(ValueStatus.APPROVED);
        mvc.perform(get("/api/entry/{u}/2023Q1/history/gdp", YANGSHE).with(bearer(REPORTER, PW)))
                .andExpect(jsonPath("$[2].oldStatus").value("APPROVED"))
                .andExpect(jsonPath("$[2].newStatus").value("RETURNED"))
                .andExpect(jsonPath("$[2].changedBy").value("analyst"))
                .andExpect(jsonPath("$[2].reason").value("statistics bureau revised Q1"));
        mvc.perform(get("/api/entry/{u}/2023Q1", YANGSHE).with(bearer(REPORTER, PW)))
                .andExpect(jsonPath("$.fields[?(@.indicator == 'gdp')].returnReason").value("statistics bureau revised Q1"));
        mvc.perform(json(put("/api/entry/{u}/2023Q1", YANGSHE), REPORTER, "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"1050000\"}],\"submit\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields[?(@.indicator == 'gdp')].status").value("SUBMITTED"));

        // the page: the reopen form on the history of an approved value, for analysts only
        String history = mvc.perform(get("/entry/{u}/2023Q1/history/budget_revenue", YANGSHE).with(session("analyst")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(history).contains("id=\"reopen-reason\"");
        String asReporter = mvc.perform(get("/entry/{u}/2023Q1/history/budget_revenue", YANGSHE).with(session(REPORTER)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(asReporter).doesNotContain("reopen-reason");
        mvc.perform(post("/review/{u}/2023Q1/reopen", YANGSHE).with(session(REPORTER)).with(csrf()).param("indicator", "budget_revenue")
                .param("reason", "x").accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
        mvc.perform(post("/review/{u}/2023Q1/reopen", YANGSHE).with(session("analyst")).with(csrf()).param("indicator", "budget_revenue")
                        .param("reason", "收入口径调整"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/entry/" + YANGSHE + "/2023Q1/history/budget_revenue"));
        assertThat(values.find(unitId(YANGSHE), "budget_revenue", Period.parse("2023Q1")).orElseThrow().status()).isEqualTo(ValueStatus.RETURNED);
    }

    @Test
    void outlierAgainstLastYearNeedsCommentBeforeSubmit() throws Exception {
        values.write(new ValueWrite(unitId(YANGSHE), "gdp", Period.parse("2023Q4"), 100_000, ValueStatus.APPROVED, "test", null),
                "test", null);
        mvc.perform(json(put("/api/entry/{u}/2024Q4", YANGSHE), REPORTER,
                "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"600000\"}],\"submit\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("gdp"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("说明")));
        assertThat(values.find(unitId(YANGSHE), "gdp", Period.parse("2024Q4"))).as("nothing written").isEmpty();
        // a draft may be saved without the comment; submitting needs it
        mvc.perform(json(put("/api/entry/{u}/2024Q4", YANGSHE), REPORTER, "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"600000\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields[?(@.indicator == 'gdp')].lastYear").value(100000.0));
        mvc.perform(json(put("/api/entry/{u}/2024Q4", YANGSHE), REPORTER,
                "{\"values\":[{\"indicator\":\"gdp\",\"value\":\"600000\",\"comment\":\"new industrial park opened\"}],\"submit\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields[?(@.indicator == 'gdp')].status").value("SUBMITTED"));
    }

    @Test
    void checksRangeNumbersAndPartNotAboveWhole() throws Exception {
        mvc.perform(json(post("/api/entry/{u}/2024/check", YANGSHE), REPORTER,
                "{\"values\":[{\"indicator\":\"park_enterprises\",\"value\":\"120\"},{\"indicator\":\"industrial_enterprises\",\"value\":\"100\"},"
                        + "{\"indicator\":\"tap_water_coverage\",\"value\":\"101\"},{\"indicator\":\"farmland\",\"value\":\"12,5\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields[?(@.indicator == 'park_enterprises')].problems[0]")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("park_concentration_rate 将为 120"))))
                .andExpect(jsonPath("$.fields[?(@.indicator == 'tap_water_coverage')].problems[0]")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("超出合理范围 [0, 100]"))))
                .andExpect(jsonPath("$.fields[?(@.indicator == 'farmland')].problems[0]")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("不是数字"))));
        mvc.perform(json(put("/api/entry/{u}/2024", YANGSHE), REPORTER,
                "{\"values\":[{\"indicator\":\"park_enterprises\",\"value\":\"120\"},{\"indicator\":\"industrial_enterprises\",\"value\":\"100\"},"
                        + "{\"indicator\":\"tap_water_coverage\",\"value\":\"101\"},{\"indicator\":\"farmland\",\"value\":\"12,5\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("tag:tongchou.org,2026:problem/validation"))
                .andExpect(jsonPath("$.errors.length()").value(4));
        assertThat(values.find(unitId(YANGSHE), "industrial_enterprises", Period.year(2024))).as("nothing half-written").isEmpty();
    }

    @Test
    void pagesRenderFormAndHtmxCheckAndReviewQueue() throws Exception {
        String form = mvc.perform(get("/entry/{u}/2024H1", YANGSHE).with(session(REPORTER)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(form).contains("地区生产总值", "v_gdp", "hx-post=\"/entry/" + YANGSHE + "/2024H1/check/gdp\"");
        String fb = mvc.perform(post("/entry/{u}/2024H1/check/gdp", YANGSHE).with(session(REPORTER))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("v_gdp", "-5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(fb).contains("id=\"fb-gdp\"", "超出合理范围");
        String review = mvc.perform(get("/review").param("period", "2024H1").with(session("analyst")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(review).contains("complete-" + YANGSHE, "complete-" + TANGQIAO);
        mvc.perform(get("/entry/{u}/2024-07", YANGSHE).with(session(REPORTER)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest());
    }

    private static byte[] xlsx(String[][] rows) throws java.io.IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("s");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private String upload(String unit, String period, byte[] file, boolean write) throws Exception {
        var b = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/entry/{u}/{p}/upload", unit, period)
                .file(new org.springframework.mock.web.MockMultipartFile("file", "filled.xlsx", "application/octet-stream", file))
                .with(session(REPORTER)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        if (write) b.param("write", "true");
        return mvc.perform(b.accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void excelTemplateDownloadsAndUploadChecksWholeFileFirst() throws Exception {
        byte[] template = mvc.perform(get("/entry/{u}/2023Q2/template.xlsx", YANGSHE).with(session(REPORTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("unit");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as("the town first").isEqualTo(YANGSHE);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).as("then its village").isEqualTo(WebTestFixture.YANGSHE_VILLAGE);
        }
        String bad = upload(YANGSHE, "2023Q2", xlsx(new String[][] {{"unit", "period", "gdp"}, {YANGSHE, "2023Q2", "abc"},
                {TANGQIAO, "2023Q2", "5"}}), true);
        assertThat(bad).contains("upload-problems", "abc");
        assertThat(values.find(unitId(YANGSHE), "gdp", Period.parse("2023Q2"))).as("refused file writes nothing").isEmpty();
        String other = upload(YANGSHE, "2023Q2", xlsx(new String[][] {{"unit", "period", "gdp"}, {YANGSHE, "2023Q2", "5"},
                {TANGQIAO, "2023Q2", "5"}}), true);
        assertThat(other).contains("outside your scope");
        assertThat(values.find(unitId(TANGQIAO), "gdp", Period.parse("2023Q2"))).as("another town's row writes nothing").isEmpty();
        byte[] good = xlsx(new String[][] {{"unit", "period", "gdp"}, {YANGSHE, "2023Q2", "800000"}});
        assertThat(upload(YANGSHE, "2023Q2", good, false)).contains("upload-changes");
        assertThat(values.find(unitId(YANGSHE), "gdp", Period.parse("2023Q2"))).as("dry run writes nothing").isEmpty();
        upload(YANGSHE, "2023Q2", good, true);
        assertThat(values.find(unitId(YANGSHE), "gdp", Period.parse("2023Q2")).orElseThrow().status()).isEqualTo(ValueStatus.DRAFT);
    }
}
