package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.cli.CommandLineRunner;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.support.ValueFixture;
import picocli.CommandLine;

/** The data commands end to end on H2: exit codes, messages, and an export that imports back unchanged. */
@H2Test
class DataCommandsTest {
    @Autowired
    CommandLineRunner runner;
    @Autowired
    TestDatabase db;
    @Autowired
    IndicatorService indicators;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataValueService values;
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        ValueFixture.emptyCityWithDefaultFramework(db, indicators, frameworks, jdbc);
    }

    int run(String... args) {
        CommandLine cl = runner.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void badFileExitsWithOneAndListsEveryProblem() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "unit,indicator,period,value\n320582100000,gdp,2024,x\n320582100000,ghost,2024,1\n", StandardCharsets.UTF_8);
        assertThat(run("import-data", f.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("bad.csv: row 2, column 4 (value): 'x' is not a number")
                .contains("bad.csv: row 3, column 2 (indicator): 'ghost' unknown indicator").contains("nothing written");
        assertThat(values.count()).isZero();
    }

    @Test
    void importDryRunImportExportAndReimport() throws IOException {
        Path f = dir.resolve("wide.csv");
        Files.writeString(f, "unit,unit_name,resident_population,gdp\n320582100000,杨舍镇,520000,7000000.25\n320582104000,锦丰镇,180000,\n",
                StandardCharsets.UTF_8);
        assertThat(run("import-data", f.toString(), "--period", "2024", "--dry-run")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("3 inserted").contains("dry run");
        assertThat(values.count()).isZero();
        assertThat(run("import-data", f.toString(), "--period", "2024", "--user", "clerk")).isEqualTo(ExitCodes.OK);
        assertThat(values.count()).isEqualTo(3);

        Path long1 = dir.resolve("export.csv");
        assertThat(run("export-data", "--unit", "320582", "-o", long1.toString())).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(long1)).contains("320582100000,杨舍镇,gdp,2024,7000000.25,DRAFT,wide.csv,");
        out.getBuffer().setLength(0);
        assertThat(run("import-data", long1.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("3 unchanged");

        Path wide = dir.resolve("export-wide.csv");
        assertThat(run("export-data", "--format", "wide", "--indicator", "resident_population,gdp", "-o", wide.toString())).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(wide)).containsExactly("unit,unit_name,period,resident_population,gdp",
                "320582100000,杨舍镇,2024,520000,7000000.25", "320582104000,锦丰镇,2024,180000,");
        assertThat(run("import-data", "x.txt")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("import-data", f.toString(), "--format", "tall")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theSyntheticPanelImportsWholeAndLeavesOutTheIndicatorsTongchouComputes() throws IOException {
        Path f = dir.resolve("panel.csv");
        assertThat(run("synthetic-panel", "-o", f.toString(), "--from", "2024", "--to", "2024")).isEqualTo(ExitCodes.OK);
        String panel = Files.readString(f);
        assertThat(panel).doesNotContain(",commitments_due,").doesNotContain(",commitments_done_on_time,")
                .doesNotContain(",target_completion_rate,").contains(",resident_population,2024,");
        try {
            assertThat(run("import-data", f.toString(), "--status", "approved", "--user", "bench")).as(err.toString()).isEqualTo(ExitCodes.OK);
            assertThat(values.count()).isEqualTo(panel.lines().count() - 1);
        } finally {
            db.truncateAll(); // approved values left behind would enter later tests' reads
        }
    }

    @Test
    void frameworkAndIndicatorCommands() throws IOException {
        Path y = dir.resolve("fw.yml");
        assertThat(run("framework", "export", y.toString())).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(y)).contains("code: default").contains("居住向社区集中率");
        assertThat(run("framework", "import", y.toString())).isEqualTo(ExitCodes.OK);
        Files.writeString(y, Files.readString(y).replace("formula: park_enterprises / industrial_enterprises * 100", "formula: parks / industrial_enterprises"));
        assertThat(run("framework", "import", y.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("unknown indicator 'parks'");
        assertThat(run("indicators")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("urbanisation_rate\t城镇化率\tUrbanisation rate\t%\t+1\tyear\trecompute");
    }
}
