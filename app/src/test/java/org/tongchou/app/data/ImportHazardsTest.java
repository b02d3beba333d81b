package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.support.TestUnits;

/**
 * Issue 9, item 10: files that imports used to turn into wrong values without a word. Each becomes a problem
 * with its row and column, the whole file is checked and every problem reported at once, and nothing is written.
 */
@H2Test
class ImportHazardsTest {
    @Autowired
    DataImportService imports;
    @Autowired
    DataValueService values;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicators;
    @Autowired
    TestDatabase db;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    static final String HEADER = RawXlsx.row(1, "unit", "indicator", "period", "value");

    @BeforeEach
    void setUp() {
        db.truncateAll();
        indicators.invalidate();
        frameworks.loadDefaultIfEmpty();
        TestUnits t = new TestUnits(jdbc);
        long province = t.add("320000000000", "江苏省", "PROVINCE", "省", null, LocalDate.of(2000, 1, 1), null);
        long[] u = t.zhangjiagang();
        jdbc.sql("UPDATE admin_unit SET parent_id = ? WHERE id = ?").params(province, u[0]).update();
    }

    ImportReport xlsx(String name, List<String> rows) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, new RawXlsx().sheet(rows).bytes());
        return imports.importFile(f, ImportOptions.defaults("tester"));
    }

    ImportReport csv(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return imports.importFile(f, ImportOptions.defaults("tester"));
    }

    static String pre(int r) {
        return RawXlsx.row(r, "320582100000", "resident_population", "2024");
    }

    void refusedAndNothingWritten(ImportReport r) {
        assertThat(r.ok()).isFalse();
        assertThat(r.written()).isFalse();
        assertThat(values.count()).as("nothing written").isZero();
    }

    @Test
    void aFormulaWithoutItsStoredResultIsAProblemNotZero() throws IOException {
        ImportReport r = xlsx("formula.xlsx", List.of(HEADER, pre(2) + "<c r=\"D2\"><f>B7*2</f></c>"));
        refusedAndNothingWritten(r);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(4);
            assertThat(p.reason()).contains("formula without a stored result");
        });
    }

    @Test
    void anEmptyValueElementIsAProblemNotZero() throws IOException {
        ImportReport r = xlsx("empty-v.xlsx", List.of(HEADER, pre(2) + "<c r=\"D2\"><v/></c>"));
        refusedAndNothingWritten(r);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(4);
            assertThat(p.reason()).contains("empty value");
        });
    }

    @Test
    void aDateCellIsAProblemNotItsSerialNumber() throws IOException {
        ImportReport r = xlsx("date.xlsx", List.of(HEADER, pre(2) + "<c r=\"D2\" s=\"1\"><v>45292</v></c>",
                RawXlsx.row(3, "320582104000", "resident_population", "2024") + "<c r=\"D3\" s=\"2\"><v>45293</v></c>"));
        refusedAndNothingWritten(r);
        assertThat(r.problems()).extracting(ImportProblem::row).containsExactly(2L, 3L);
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.column()).isEqualTo(4));
        assertThat(r.problems().get(0).reason()).contains("is a date (2024-01-01)");
        assertThat(r.problems().get(1).reason()).contains("is a date (2024-01-02)");
    }

    @Test
    void aNumberThatUnderflowsToZeroIsAProblem() throws IOException {
        ImportReport r = csv("tiny.csv", """
                unit,indicator,period,value
                320582100000,gdp,2024,1e-400
                320582104000,gdp,2024,1e-320
                320582104000,gdp,2023,0e5
                """.getBytes(StandardCharsets.UTF_8));
        refusedAndNothingWritten(r);
        assertThat(r.problems()).extracting(ImportProblem::row).containsExactly(2L, 3L);
        assertThat(r.problems()).allSatisfy(p -> {
            assertThat(p.column()).isEqualTo(4);
            assertThat(p.reason()).contains("too close to zero");
        });
        ImportReport x = xlsx("tiny.xlsx", List.of(HEADER, RawXlsx.row(2, "320582100000", "gdp", "2024") + "<c r=\"D2\"><v>1e-400</v></c>"));
        refusedAndNothingWritten(x);
        assertThat(x.problems()).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo(4));
    }

    @Test
    void gbkTextIsRefusedNamingTheEncodingRowAndColumnNeverReadAsReplacementCharacters() throws IOException {
        byte[] gbk = """
                unit,indicator,period,value,source,comment
                320582100000,resident_population,2024,520000,统计年鉴,
                320582104000,resident_population,2024,180000,,含外来人口
                """.getBytes(Charset.forName("GBK"));
        ImportReport r = csv("gbk.csv", gbk);
        refusedAndNothingWritten(r);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.reason()).contains("GBK").contains("统计年鉴").contains("UTF-8");
        });
    }

    @Test
    void aUnitOfALevelTheImportDoesNotTakeIsRefused() throws IOException {
        ImportReport r = csv("short.csv", """
                unit,indicator,period,value
                32,gdp,2024,1000
                320582100,gdp,2024,1000
                """.getBytes(StandardCharsets.UTF_8));
        refusedAndNothingWritten(r);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.value()).isEqualTo("32");
            assertThat(p.reason()).contains("江苏省").contains("province");
        });
        Path f = dir.resolve("province.csv");
        Files.writeString(f, "unit,indicator,period,value\n32,gdp,2024,1000\n");
        ImportReport allowed = imports.importFile(f, ImportOptions.defaults("tester").withLevels(java.util.Set.of(org.tongchou.app.units.UnitLevel.PROVINCE)));
        assertThat(allowed.problems()).isEmpty();
        assertThat(allowed.inserted()).as("a province's figures, when the import says it takes them").isEqualTo(1);
    }

    @Test
    void aSecondUnitColumnIsAProblemOfTheHeader() throws IOException {
        ImportReport r = csv("two-units.csv", """
                unit,indicator,period,value,单位代码
                320582100000,gdp,2024,1000,320582104000
                """.getBytes(StandardCharsets.UTF_8));
        refusedAndNothingWritten(r);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(5);
            assertThat(p.reason()).contains("second unit column").contains("column 1");
        });
        ImportReport wide = csv("two-units-wide.csv", """
                unit,period,gdp,unit,gdp
                320582100000,2024,1000,320582104000,5
                """.getBytes(StandardCharsets.UTF_8));
        refusedAndNothingWritten(wide);
        assertThat(wide.problems()).extracting(ImportProblem::column).containsExactly(4, 5);
    }

    @Test
    void everyProblemOfAWorkbookIsReportedAtOnceAndNothingIsWritten() throws IOException {
        ImportReport r = xlsx("all.xlsx", List.of(HEADER,
                RawXlsx.row(2, "320582100000", "resident_population", "2024", "520000"),
                RawXlsx.row(3, "320582104000", "resident_population", "2024") + "<c r=\"D3\"><f>D2/2</f></c>",
                RawXlsx.row(4, "320582100000", "gdp", "2024") + "<c r=\"D4\" s=\"1\"><v>45292</v></c>",
                RawXlsx.row(5, "320582104000", "gdp", "2024") + "<c r=\"D5\"><v/></c>",
                RawXlsx.row(6, "320582100000", "gdp", "2023") + "<c r=\"D6\" t=\"e\"><v>#DIV/0!</v></c>",
                RawXlsx.row(7, "32", "gdp", "2023", "5")));
        refusedAndNothingWritten(r);
        assertThat(r.problems()).extracting(ImportProblem::row).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(r.problems()).extracting(ImportProblem::column).containsExactly(4, 4, 4, 4, 1);
    }

    @Test
    void aWorkbookOfGoodCellsStillGivesExactValues() throws IOException {
        ImportReport r = xlsx("good.xlsx", List.of(HEADER,
                RawXlsx.row(2, "320582100000", "resident_population", "2024", "520000"),
                RawXlsx.row(3, "320582104000", "gdp", "2024") + "<c r=\"D3\"><f>1+1</f><v>0.1</v></c>",
                RawXlsx.row(4, "320582104000", "resident_population", "2024") + "<c r=\"D4\" t=\"s\"><v>0</v></c>"));
        // shared string 0 is absent in this workbook: a problem, not an empty cell
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(4));
        Path f = dir.resolve("good2.xlsx");
        Files.write(f, new RawXlsx().strings("180000").sheet(List.of(HEADER,
                RawXlsx.row(2, "320582100000", "resident_population", "2024", "520000"),
                RawXlsx.row(3, "320582104000", "gdp", "2024") + "<c r=\"D3\"><f>1+1</f><v>0.1</v></c>",
                RawXlsx.row(4, "320582104000", "resident_population", "2024") + "<c r=\"D4\" t=\"s\"><v>0</v></c>")).bytes());
        ImportReport ok = imports.importFile(f, ImportOptions.defaults("tester"));
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.inserted()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT num_value FROM data_value ORDER BY num_value").query(Double.class).list()).containsExactly(0.1, 180000.0, 520000.0);
    }

    @Test
    void aValueForAUnitOfALevelTheIndicatorIsNotReportedAtIsRefusedOnImportAndEntry() throws IOException {
        indicators.define(List.of(new org.tongchou.app.indicators.Indicator("town_only_figure", "镇级指标", "town-level figure", "个", null, null, 0.0, null, null,
                null, null, "", false, java.util.Set.of("township"))));
        ImportReport r = csv("levels.csv", """
                unit,indicator,period,value
                320582000000,town_only_figure,2024,5
                320582100000,town_only_figure,2024,6
                """.getBytes(StandardCharsets.UTF_8));
        refusedAndNothingWritten(r);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.reason()).contains("town_only_figure").contains("reported for township units").contains("level county");
        });
        long county = jdbc.sql("SELECT id FROM admin_unit WHERE code = '320582000000'").query(Long.class).single();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> values.write(new ValueWrite(county, "town_only_figure",
                org.tongchou.app.periods.Period.year(2024), 5, ValueStatus.DRAFT, null, null), "tester", null))
                .hasMessageContaining("reported for township units");
        assertThat(values.count()).isZero();
        Path ok = dir.resolve("levels-ok.csv");
        Files.writeString(ok, "unit,indicator,period,value\n320582100000,town_only_figure,2024,6\n");
        assertThat(imports.importFile(ok, ImportOptions.defaults("tester")).inserted()).isEqualTo(1);
    }
}
