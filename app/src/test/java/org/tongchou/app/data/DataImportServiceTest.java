package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.support.ValueFixture;

class DataImportServiceTest {

    abstract static class Contract {
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
        long[] u;

        @BeforeEach
        void setUp() {
            u = ValueFixture.emptyCityWithDefaultFramework(db, indicators, frameworks, jdbc);
        }

        Path csv(String name, String text) throws IOException {
            Path f = dir.resolve(name);
            Files.writeString(f, text, StandardCharsets.UTF_8);
            return f;
        }

        static final String GOOD = """
                unit,indicator,period,value,source,comment
                320582100000,resident_population,2024,520000,统计年鉴,
                320582100000,urban_resident_population,2024,"416,000",统计年鉴,含外来人口
                320582104000,resident_population,2024,180000,,
                320582102000,resident_population,2019,150000,,
                320582104000,gdp,2024Q1,123.5,,
                """;

        @Test
        void importsLongCsvThenTheSameFileChangesNothing() throws IOException {
            Path f = csv("good.csv", GOOD);
            ImportReport first = imports.importFile(f, ImportOptions.defaults("tester"));
            assertThat(first.problems()).isEmpty();
            assertThat(first.layout()).isEqualTo(ImportLayout.LONG);
            assertThat(first.inserted()).isEqualTo(5);
            assertThat(first.written()).isTrue();
            assertThat(values.find(u[1], "urban_resident_population", Period.year(2024)).orElseThrow().value()).isEqualTo(416_000);
            assertThat(values.find(u[1], "urban_resident_population", Period.year(2024)).orElseThrow().comment()).isEqualTo("含外来人口");
            assertThat(values.find(u[2], "resident_population", Period.year(2024)).orElseThrow().source()).as("file name when no source").isEqualTo("good.csv");
            long audits = values.auditCount();
            assertThat(audits).isEqualTo(5);

            ImportReport second = imports.importFile(f, ImportOptions.defaults("tester"));
            assertThat(second.unchanged()).isEqualTo(5);
            assertThat(second.inserted() + second.updated()).isZero();
            assertThat(second.written()).isFalse();
            assertThat(values.auditCount()).as("unchanged values are not audited").isEqualTo(audits);
        }

        @Test
        void dryRunReportsChangesAndWritesNothing() throws IOException {
            imports.importFile(csv("good.csv", GOOD), ImportOptions.defaults("tester"));
            Path changed = csv("changed.csv", GOOD.replace("180000", "181000").replace("統計", "x") + "320582100000,gdp,2024,900,,\n");
            ImportReport dry = imports.importFile(changed, ImportOptions.defaults("tester").withDryRun(true));
            assertThat(dry.ok()).isTrue();
            assertThat(dry.dryRun()).isTrue();
            assertThat(dry.written()).isFalse();
            // every row of changed.csv has a different source (the file name) except rows with an explicit source
            assertThat(dry.inserted()).isEqualTo(1);
            assertThat(dry.changes()).anySatisfy(c -> {
                assertThat(c.indicator()).isEqualTo("resident_population");
                assertThat(c.unitCode()).isEqualTo("320582104000");
                assertThat(c.oldValue()).isEqualTo(180000);
                assertThat(c.newValue()).isEqualTo(181000);
                assertThat(c.row()).isEqualTo(4);
            });
            assertThat(values.find(u[2], "resident_population", Period.year(2024)).orElseThrow().value()).isEqualTo(180000);
            assertThat(values.count()).isEqualTo(5);

            ImportReport real = imports.importFile(changed, ImportOptions.defaults("tester"));
            assertThat(real.inserted()).isEqualTo(dry.inserted());
            assertThat(real.updated()).isEqualTo(dry.updated());
            List<AuditEntry> h = values.history(u[2], "resident_population", Period.year(2024));
            assertThat(h).hasSize(2);
            assertThat(h.get(1).oldValue()).isEqualTo(180000);
            assertThat(h.get(1).importId()).isEqualTo(real.importId());
        }

        @Test
        void firstInsertionsAreAuditedThroughTheirImportBatchAndLaterChangesKeepTheOldValue() throws IOException {
            ImportReport first = imports.importFile(csv("good.csv", GOOD), ImportOptions.defaults("importer"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value_audit").query(Long.class).single()).as("no audit row per new value").isZero();
            List<AuditEntry> h = values.history(u[2], "resident_population", Period.year(2024));
            assertThat(h).singleElement().satisfies(e -> {
                assertThat(e.oldValue()).isNull();
                assertThat(e.newValue()).isEqualTo(180000);
                assertThat(e.newStatus()).isEqualTo(ValueStatus.DRAFT);
                assertThat(e.changedBy()).isEqualTo("importer");
                assertThat(e.changedAt()).isNotNull();
                assertThat(e.importId()).isEqualTo(first.importId());
                assertThat(e.reason()).isEqualTo("import good.csv");
            });

            // a later import changes one value of a column that is now occupied, and adds one to an empty column
            ImportReport second = imports.importFile(csv("more.csv", """
                    unit,indicator,period,value,source
                    320582104000,resident_population,2024,181000,
                    320582104000,gdp,2023,77,统计年鉴
                    """), ImportOptions.defaults("second"));
            assertThat(second.inserted()).isEqualTo(1);
            assertThat(second.updated()).isEqualTo(1);
            assertThat(second.changes()).extracting(ValueChange::row).containsExactly(2L, 3L);
            h = values.history(u[2], "resident_population", Period.year(2024));
            assertThat(h).hasSize(2);
            assertThat(h.get(0).changedBy()).isEqualTo("importer");
            assertThat(h.get(0).oldValue()).isNull();
            assertThat(h.get(0).newValue()).isEqualTo(180000);
            assertThat(h.get(0).importId()).isEqualTo(first.importId());
            assertThat(h.get(1).changedBy()).isEqualTo("second");
            assertThat(h.get(1).oldValue()).isEqualTo(180000);
            assertThat(h.get(1).newValue()).isEqualTo(181000);
            assertThat(h.get(1).importId()).isEqualTo(second.importId());
            assertThat(values.find(u[2], "gdp", Period.year(2023)).orElseThrow().source()).isEqualTo("统计年鉴");
            assertThat(values.history(u[2], "gdp", Period.year(2023))).singleElement()
                    .satisfies(e -> assertThat(e.importId()).isEqualTo(second.importId()));

            // a change by hand of a value still as its import left it keeps the import's entry too
            values.write(new ValueWrite(u[1], "resident_population", Period.year(2024), 521_000, null, "统计年鉴", null), "clerk", "typo");
            h = values.history(u[1], "resident_population", Period.year(2024));
            assertThat(h).extracting(AuditEntry::changedBy).containsExactly("importer", "clerk");
            assertThat(h).extracting(AuditEntry::oldValue).containsExactly(null, 520000.0);
            assertThat(values.auditCount()).as("one entry per insertion or change").isEqualTo(5 + 1 + 1 + 1);
        }

        @Test
        void aBadFileIsRefusedWholeWithEveryProblemReported() throws IOException {
            Path f = csv("bad.csv", """
                    unit,indicator,period,value
                    320582100000,resident_population,2024,520000
                    999999999999,resident_population,2024,1
                    320582100000,no_such_indicator,2024,1
                    320582100000,urbanisation_rate,2024,75
                    320582102000,resident_population,2024,150000
                    320582104000,resident_population,2024,abc
                    320582100000,resident_population,2024,520001
                    320582104000,pension_coverage,2024,130
                    320582104000,resident_population,2024-07,1
                    320582104000,resident_population,2024M07,1
                    320582104000,gdp,2024,
                    """);
            ImportReport r = imports.importFile(f, ImportOptions.defaults("tester"));
            assertThat(r.ok()).isFalse();
            assertThat(r.written()).isFalse();
            assertThat(r.problemCount()).isEqualTo(10);
            assertThat(r.problems()).extracting(ImportProblem::row).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
            assertThat(r.problems().get(0).reason()).isEqualTo("unknown unit");
            assertThat(r.problems().get(0).column()).isEqualTo(1);
            assertThat(r.problems().get(1).reason()).isEqualTo("unknown indicator");
            assertThat(r.problems().get(1).column()).isEqualTo(2);
            assertThat(r.problems().get(2).reason()).contains("derived");
            assertThat(r.problems().get(3).reason()).contains("not valid in 2024");
            assertThat(r.problems().get(4).reason()).isEqualTo("is not a number");
            assertThat(r.problems().get(4).column()).isEqualTo(4);
            assertThat(r.problems().get(5).reason()).contains("duplicate").contains("row 2");
            assertThat(r.problems().get(6).reason()).contains("outside the plausible range");
            assertThat(r.problems().get(7).reason()).contains("not a period");
            assertThat(r.problems().get(7).column()).isEqualTo(3);
            assertThat(r.problems().get(8).reason()).contains("reported per year");
            assertThat(r.problems().get(9).reason()).contains("no value");
            assertThat(r.problems().get(0).toString()).isEqualTo("row 3, column 1 (unit): '999999999999' unknown unit");
            assertThat(values.count()).as("nothing written").isZero();
        }

        @Test
        void shiftedAndBrokenCsvRowsAreReportedWithTheirRows() throws IOException {
            Path shifted = csv("shifted.csv", """
                    unit,indicator,period,value,comment
                    320582100000,resident_population,2024,520000,"two
                    lines"
                    320582104000,resident_population,2024,1,234,note
                    320582104000,gdp,2024,abc,
                    """);
            ImportReport r = imports.importFile(shifted, ImportOptions.defaults("tester"));
            assertThat(r.ok()).isFalse();
            assertThat(r.problems()).extracting(ImportProblem::toString).containsExactly(
                    "row 4, column 6: 'note' is beyond the header's 5 columns: a comma that is not a separator must be inside quotes (\"1,234\")",
                    "row 5, column 4 (value): 'abc' is not a number");
            Path open = csv("open.csv", """
                    unit,indicator,period,value
                    320582104000,gdp,2024,zz
                    320582100000,resident_population,2024,"520000
                    320582104000,resident_population,2024,1
                    """);
            assertThat(imports.importFile(open, ImportOptions.defaults("tester")).problems()).extracting(ImportProblem::toString)
                    .as("problems before the break are kept; the break is reported at the row it starts")
                    .containsExactly("row 2, column 4 (value): 'zz' is not a number",
                            "row 3: is not valid CSV: a quoted cell is not closed before the end of the file");
            Path after = csv("after.csv", "unit,indicator,period,value\n320582100000,resident_population,2024,\"520\"000\n");
            assertThat(imports.importFile(after, ImportOptions.defaults("tester")).problems()).singleElement()
                    .satisfies(p -> assertThat(p.toString()).startsWith("row 2: is not valid CSV: text after the closing quote"));
            assertThat(values.count()).as("nothing written").isZero();
        }

        @Test
        void approvedValuesAreLockedAgainstImports() throws IOException {
            imports.importFile(csv("good.csv", GOOD), new ImportOptions(null, null, false, ValueStatus.APPROVED, "analyst", null));
            ImportReport r = imports.importFile(csv("good.csv", GOOD.replace("520000", "530000")), ImportOptions.defaults("town"));
            assertThat(r.ok()).isFalse();
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(2);
                assertThat(p.reason()).contains("approved (locked)").contains("520000").contains("530000");
            });
            assertThat(values.find(u[1], "resident_population", Period.year(2024)).orElseThrow().value()).isEqualTo(520000);
        }

        @Test
        void wideXlsxWithUnitNamesUnderAParent() throws IOException {
            Path f = dir.resolve("towns.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
                Sheet s = wb.createSheet("2024");
                String[] head = {"单位", "resident_population", "urban_resident_population", "gdp", "备注"};
                Row h = s.createRow(0);
                for (int i = 0; i < head.length; i++) h.createCell(i).setCellValue(head[i]);
                Row a = s.createRow(1);
                a.createCell(0).setCellValue("杨舍镇");
                a.createCell(1).setCellValue(520000);
                a.createCell(2).setCellValue(416000.5);
                a.createCell(3).setCellValue(7_000_000);
                Row b = s.createRow(2);
                b.createCell(0).setCellValue("锦丰镇");
                b.createCell(1).setCellValue(180000);
                b.createCell(4).setCellValue("城镇人口未报");
                wb.write(out);
            }
            ImportOptions o = new ImportOptions(ImportLayout.WIDE, Period.year(2024), false, ValueStatus.SUBMITTED, "town", "320582000000");
            ImportReport r = imports.importFile(f, o);
            assertThat(r.problems()).isEmpty();
            assertThat(r.layout()).isEqualTo(ImportLayout.WIDE);
            assertThat(r.inserted()).isEqualTo(4);
            DataValue v = values.find(u[1], "urban_resident_population", Period.year(2024)).orElseThrow();
            assertThat(v.value()).isEqualTo(416000.5);
            assertThat(v.status()).isEqualTo(ValueStatus.SUBMITTED);
            assertThat(values.find(u[2], "resident_population", Period.year(2024)).orElseThrow().comment()).isEqualTo("城镇人口未报");
            assertThat(imports.importFile(f, o).unchanged()).isEqualTo(4);
        }

        @Test
        void wideCsvWithBadHeaderAndMissingPeriod() throws IOException {
            Path f = csv("wide.csv", """
                    unit,resident_population,ghost,urbanisation_rate
                    320582100000,1,2,3
                    """);
            ImportReport r = imports.importFile(f, ImportOptions.defaults("t"));
            assertThat(r.problems()).extracting(ImportProblem::reason).anySatisfy(p -> assertThat(p).contains("period"));
            assertThat(r.problems()).anySatisfy(p -> {
                assertThat(p.row()).isEqualTo(1);
                assertThat(p.column()).isEqualTo(3);
                assertThat(p.reason()).isEqualTo("unknown indicator");
            });
            assertThat(r.problems()).anySatisfy(p -> assertThat(p.reason()).contains("derived"));
        }
        @Test
        void computedCadreIndicatorsAreRefusedWithTheReasonAndNothingIsWritten() throws IOException {
            Path f = csv("cadre.csv", """
                    unit,indicator,period,value
                    320582104000,resident_population,2024,180000
                    320582104000,commitments_due,2024,4
                    320582104000,target_completion_rate,2024,90
                    """);
            ImportReport r = imports.importFile(f, ImportOptions.defaults("tester"));
            assertThat(r.written()).isFalse();
            assertThat(r.problems()).hasSize(2);
            assertThat(r.problems().get(0).toString()).startsWith("row 3, column 2 (indicator): 'commitments_due'")
                    .contains("is computed by Tongchou at every evaluation run").contains("record the commitments and targets instead");
            assertThat(r.problems().get(1).reason()).contains("target_completion_rate").contains("目标任务完成率").contains("computed");
            assertThat(values.count()).as("nothing written").isZero();

            ImportReport history = imports.importFile(f, ImportOptions.defaults("tester").withComputedAllowed(true));
            assertThat(history.problems()).as("the figures of years before the loop, explicitly").isEmpty();
            assertThat(history.inserted()).isEqualTo(3);
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Contract {
    }

    @Nested
    @PostgresTest
    class OnPostgres extends Contract {
        /** The test profile sets tongchou.import.rebuild-key-from to 3: this load drops and rebuilds the key. */
        @Test
        void aLoadIntoTheEmptyTableRebuildsItsPrimaryKey() throws IOException {
            assertThat(values.count()).isZero();
            assertThat(imports.importFile(csv("good.csv", GOOD), ImportOptions.defaults("tester")).inserted()).isEqualTo(5);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_constraint WHERE conname = 'data_value_key' AND contype = 'p'")
                    .query(Long.class).single()).as("primary key back in place").isEqualTo(1);
            assertThatThrownBy(() -> jdbc.sql("INSERT INTO data_value (indicator_id, period, unit_id, num_value, status, updated_by, updated_at)"
                    + " SELECT indicator_id, period, unit_id, 1, 'DRAFT', 'x', updated_at FROM data_value FETCH FIRST 1 ROWS ONLY").update())
                    .as("the rebuilt key refuses a duplicate").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
    }
}
