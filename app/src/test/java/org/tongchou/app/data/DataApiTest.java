package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongchou.app.support.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.WebAppTest;
import org.tongchou.app.support.WebTestFixture;

/**
 * The data and indicator API as a script uses it (an API token): bulk import checked whole, reading and
 * exporting within the caller's scope. Period 2023 and indicators no other web test writes.
 */
@WebAppTest
class DataApiTest {
    private static final String PW = DemoAccounts.PASSWORD;
    private static final String REPORTER = "reporter-320582100";
    private static final String YANGSHE = WebTestFixture.YANGSHE;
    private static final String TANGQIAO = WebTestFixture.TANGQIAO;

    @Autowired
    WebApplicationContext context;
    @Autowired
    DataValueService values;
    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyCutOffAndBombWorkbooksAnswer422WithAMessageNever500() throws Exception {
        byte[] good = XlsxLimitsTest.good();
        byte[][] bad = {new byte[0], java.util.Arrays.copyOf(good, good.length / 2), "not a zip".getBytes(StandardCharsets.UTF_8),
                new RawXlsx().part("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>").bytes()};
        for (byte[] b : bad) {
            mvc.perform(multipart("/api/data/import").file(new MockMultipartFile("file", "bad.xlsx", "application/octet-stream", b))
                            .with(bearer("analyst", PW)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.problems[0].reason").isNotEmpty());
        }
    }

    @Test
    void bulkImportIsCheckedWholeThenWrittenOnceAndReadBackWithinScope() throws Exception {
        long before = values.count();
        String bad = """
                unit,indicator,period,value
                320582100000,reclaimed_land,2023,120
                320582100000,no_such_indicator,2023,5
                320582101000,reclaimed_land,2023,lots
                """;
        mvc.perform(multipart("/api/data/import").file(csv("bad.csv", bad)).with(bearer("analyst", PW)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.problemCount").value(2))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[1].row").value(4))
                .andExpect(jsonPath("$.problems[1].column").value(4))
                .andExpect(jsonPath("$.problems[1].value").value("lots"));
        assertThat(values.count()).as("a refused file writes nothing").isEqualTo(before);

        String good = """
                unit,indicator,period,value
                320582100000,reclaimed_land,2023,120
                320582101000,reclaimed_land,2023,80.5
                """;
        mvc.perform(multipart("/api/data/import").file(csv("good.csv", good)).param("dryRun", "true").with(bearer("analyst", PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inserted").value(2))
                .andExpect(jsonPath("$.written").value(false));
        assertThat(values.count()).as("a dry run writes nothing").isEqualTo(before);
        mvc.perform(multipart("/api/data/import").file(csv("good.csv", good)).with(bearer("analyst", PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inserted").value(2))
                .andExpect(jsonPath("$.written").value(true));
        mvc.perform(multipart("/api/data/import").file(csv("good.csv", good)).with(bearer("analyst", PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inserted").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));

        mvc.perform(get("/api/data").param("unit", YANGSHE).param("indicator", "reclaimed_land").param("period", "2023")
                        .with(bearer(REPORTER, PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unit").value(YANGSHE))
                .andExpect(jsonPath("$[0].value").value(120.0))
                .andExpect(jsonPath("$[0].status").value("DRAFT"))
                .andExpect(jsonPath("$[0].updatedBy").value("analyst"));
        mvc.perform(get("/api/data").param("unit", TANGQIAO).with(bearer(REPORTER, PW)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("problem/out-of-scope")));

        String own = mvc.perform(get("/api/data/export").param("indicator", "reclaimed_land").param("period", "2023")
                        .with(bearer(REPORTER, PW)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).as("a reporter's export is his own town").contains("320582100000").doesNotContain("320582101000");
        String all = mvc.perform(get("/api/data/export").param("indicator", "reclaimed_land").param("period", "2023")
                        .with(bearer("leader", PW)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).contains("320582100000").contains("320582101000").startsWith("unit,unit_name,indicator,period,value");
        mvc.perform(get("/api/data/export").param("unit", TANGQIAO).with(bearer(REPORTER, PW)))
                .andExpect(status().isForbidden());
    }

    @Test
    void bulkImportIsForAnalystsAndAdministratorsOnly() throws Exception {
        String one = "unit,indicator,period,value\n320582100000,reclaimed_land,2023,1\n";
        mvc.perform(multipart("/api/data/import").file(csv("x.csv", one)).with(bearer(REPORTER, PW)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/data/import").file(csv("x.csv", one)).with(bearer("leader", PW)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/data/import").file(csv("x.txt", one)).with(bearer("admin", PW)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void indicatorsAndFrameworksAreReadable() throws Exception {
        mvc.perform(get("/api/indicators").with(bearer(REPORTER, PW)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'urbanisation_rate')].formula").value("urban_resident_population / resident_population * 100"));
        mvc.perform(get("/api/indicators/gdp").with(bearer("leader", PW)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.aggregation").value("SUM"));
        mvc.perform(get("/api/indicators/nope").with(bearer("leader", PW)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/frameworks/default").with(bearer("leader", PW)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("default"));
        String yaml = mvc.perform(get("/api/frameworks/default.yml").with(bearer("analyst", PW)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(yaml).contains("framework:").contains("urbanisation_rate");
    }
}
