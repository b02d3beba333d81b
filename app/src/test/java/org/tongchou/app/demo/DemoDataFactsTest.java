package org.tongchou.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tongchou.app.demo.DemoQuantity.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.testing.ReferenceData;

/**
 * The demo data against the real figures in ../shared/reference/zhangjiagang/zjg_facts_from_pages.csv
 * (sources in its source_url column). Skips when the reference data are absent.
 */
class DemoDataFactsTest {
    static List<String[]> facts;
    final DemoDataset data = new DemoDataGenerator().generate(DemoLayouts.zhangjiagang());

    @BeforeAll
    static void readFacts() throws IOException {
        Path csv = ReferenceData.require("zhangjiagang/zjg_facts_from_pages.csv");
        facts = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            facts.add(parseCsvLine(line));
        }
    }

    @Test
    void cityGdpMatchesThePublishedFigures() {
        int checked = 0;
        for (String[] f : facts) {
            if (!f[1].equals("320582") || !f[2].equals("GDP")) continue;
            int year = Integer.parseInt(f[5]);
            if (year < 2016 || year > 2025) continue;
            double expected = Double.parseDouble(f[3]) * 10; // billion → 100 million CNY
            assertThat(data.total(GDP, year)).as("GDP %d, %s", year, f[6]).isCloseTo(expected, within(expected * 0.005));
            checked++;
        }
        assertThat(checked).as("GDP facts 2016, 2017, 2019, 2020").isEqualTo(4);
    }

    @Test
    void censusPopulationAndUrbanisation2020() {
        double pop = fact("320582", "resident population (census)", "2020");
        double urban = fact("320582", "urban population (census)", "2020");
        assertThat(data.total(RESIDENT_POPULATION, 2020)).as("7th census").isCloseTo(pop, within(pop * 0.005));
        assertThat(data.total(URBAN_POPULATION, 2020) / data.total(RESIDENT_POPULATION, 2020))
                .as("7th census urban share").isCloseTo(urban / pop, within(0.003));
    }

    @Test
    void figuresQuotedIn2016And2019Notes() {
        String note2016 = note("320582", "GDP", "2016");
        assertThat(data.total(BUDGET_REVENUE, 2016) / 10).as("budget revenue 2016, zjg.gov.cn")
                .isCloseTo(number(note2016, "public budget revenue ([0-9.]+) bn"), within(0.1));
        assertThat(data.total(URBAN_POPULATION, 2016) / data.total(RESIDENT_POPULATION, 2016) * 100)
                .as("urbanisation 2016, zjg.gov.cn").isCloseTo(number(note2016, "urbanization ([0-9.]+)%"), within(0.3));
        assertThat(data.total(RESIDENT_POPULATION, 2016) / 1e6).as("residents 2016, zjg.gov.cn")
                .isCloseTo(number(note2016, "([0-9.]+) m residents"), within(0.005));
        String note2019 = note("320582", "GDP", "2019");
        assertThat(data.total(BUDGET_REVENUE, 2019) / 10).as("budget revenue 2019, China Daily")
                .isCloseTo(number(note2019, "public budget revenue ([0-9.]+) bn"), within(0.1));
    }

    @Test
    void townAreasAreTheQuotedOnes() {
        int checked = 0;
        for (String[] f : facts) {
            if (!f[2].equals("area")) continue;
            String code = f[1];
            double expected = Double.parseDouble(f[3]);
            int year = code.equals("320582003") ? 2023 : 2016;
            assertThat(data.value(code, LAND_AREA, year).orElseThrow()).as("area of %s, %s", f[0], f[6])
                    .isCloseTo(expected, within(expected * 0.01));
            checked++;
        }
        assertThat(checked).isEqualTo(9);
    }

    @Test
    void tangqiaoIn2016() {
        double gdp = fact("320582101", "GDP", "2016") * 10;
        assertThat(data.value("320582101", GDP, 2016).orElseThrow()).as("塘桥 GDP 2016, zjg.gov.cn")
                .isCloseTo(gdp, within(gdp * 0.10));
        double pop = number(note("320582101", "area", "2016"), "population ~([0-9]+)");
        assertThat(data.value("320582101", RESIDENT_POPULATION, 2016).orElseThrow()).as("塘桥 ~200,000 residents")
                .isCloseTo(pop, within(pop * 0.15));
    }

    private static double fact(String code, String attribute, String year) {
        return Double.parseDouble(row(code, attribute, year)[3]);
    }

    private static String note(String code, String attribute, String year) {
        return row(code, attribute, year)[7];
    }

    private static String[] row(String code, String attribute, String year) {
        return facts.stream().filter(f -> f[1].equals(code) && f[2].equals(attribute) && f[5].equals(year)).findFirst()
                .orElseThrow(() -> new AssertionError("fact absent: " + code + " " + attribute + " " + year));
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("'%s' in '%s'", regex, text).isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** RFC 4180 fields: commas inside double quotes, doubled quotes as a quote. */
    static String[] parseCsvLine(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }
}
