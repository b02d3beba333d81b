package org.tongchou.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.security.NewUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.UserService;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;

/**
 * Backups round-trip on both databases: a database with data of many kinds (units, a framework, values
 * with their audit, users, a stored file's bytes, texts with quotes, line breaks and Chinese, extreme
 * doubles, times with zones) is backed up, the database is emptied (no table left), the backup restored,
 * and every table, row and value compared with what it was. Bad input is refused, changing nothing.
 */
class BackupTest {

    abstract static class Contract {
        @Autowired
        Backups backups;
        @Autowired
        BackupSchedule schedule;
        @Autowired
        DataSource dataSource;
        @Autowired
        JdbcClient jdbc;
        @Autowired
        TestDatabase database;
        @Autowired
        UserService users;
        @Autowired
        FrameworkService frameworks;
        @Autowired
        IndicatorService indicators;
        @Autowired
        DataValueService values;
        @Autowired
        org.tongchou.app.cli.CommandLineRunner cli;
        @Autowired
        org.springframework.beans.factory.ObjectProvider<org.flywaydb.core.Flyway> flyway;
        @Autowired
        BackupSettings settings;
        @Autowired
        java.time.Clock clock;
        @TempDir
        Path dir;

        record Run(int code, String out, String err) {
        }

        Run run(String... args) {
            picocli.CommandLine cl = cli.commandLine();
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            cl.setOut(new java.io.PrintWriter(out));
            cl.setErr(new java.io.PrintWriter(err));
            int code = cl.execute(args);
            return new Run(code, out.toString(), err.toString());
        }

        @BeforeEach
        void data() {
            database.truncateAll();
            indicators.invalidate();
            frameworks.importYaml(new StringReader("""
                    framework: {code: bkp, name_zh: "备份 '测试'", name_en: "Backup \\"test\\""}
                    indicators:
                      - {code: bk1, name_zh: 人口, name_en: Population, unit: 人, direction: 1, periodicity: year, min: -1.0e300, max: 1.0e300}
                      - {code: bk2, name_zh: 收入, name_en: Income, unit: 元, direction: -1, periodicity: month}
                    dimensions:
                      - {code: bkd, name_zh: 综合, name_en: All, weight: 1, indicators: [{code: bk1, weight: 0.25}, {code: bk2, weight: 0.75}]}
                    """), "test");
            long town = unit("320582100000", "杨舍镇 'O''Brien'\n第二行", null);
            long village = unit("320582100004", "花园浜社区", town);
            values.write(new ValueWrite(town, "bk1", Period.year(2024), 1.0e-300, ValueStatus.APPROVED, "import", "备注, \"引号\"\n换行"), "test", null);
            values.write(new ValueWrite(village, "bk1", Period.year(2024), -123456789.125, ValueStatus.DRAFT, "form", null), "test", null);
            values.write(new ValueWrite(town, "bk2", Period.month(2024, 12), 0.1 + 0.2, ValueStatus.SUBMITTED, "api", "=SUM(A1)"), "test", null);
            values.write(new ValueWrite(town, "bk2", Period.month(2024, 12), 7.5, ValueStatus.SUBMITTED, "api", "changed"), "test", null);
            users.create(new NewUser("backup-reporter", "填报员 🙂", "Backup-test-2026!", Role.REPORTER, "320582100000"), "test");
            byte[] bytes = new byte[70_000];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31 + 7);
            jdbc.sql("INSERT INTO stored_file (file_name, content_type, size_bytes, sha256, content, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params("证据.pdf", "application/pdf", bytes.length, "0".repeat(64), bytes, "test",
                            OffsetDateTime.of(2026, 12, 7, 23, 59, 59, 123_456_000, ZoneOffset.ofHours(8))).update();
        }

        private long unit(String code, String name, Long parent) {
            GeneratedKeyHolder kh = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(code, name, parent == null ? "TOWNSHIP" : "VILLAGE", "镇", parent, LocalDate.of(2023, 1, 1)).update(kh, "id");
            return kh.getKey().longValue();
        }

        @Test
        void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryTableAsItWas() throws Exception {
            Map<String, List<String>> before = everyTable();
            assertThat(before.get("data_value")).hasSize(3);
            assertThat(before.get("stored_file")).hasSize(1);
            Path backup = backups.takeTo(dir.resolve("round-trip.zip"));
            if (Files.getFileStore(backup).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).as("owner-only").isEqualTo("rw-------");
            }
            assertThat(backups.read(backup).rows()).containsEntry("data_value", 3L).containsEntry("stored_file", 1L);

            emptyTheDatabase();
            assertThat(everyTable()).as("an empty database: no table at all").isEmpty();
            Backups.Restored r = backups.restore(backup, false);
            assertThat(r.savedBefore()).as("nothing to save").isNull();

            Map<String, List<String>> after = everyTable();
            assertThat(after.keySet()).isEqualTo(before.keySet());
            for (String table : before.keySet()) assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
            // the restored database works: identities continue after the restored rows
            long next = unit("320582101000", "塘桥镇", null);
            assertThat(next).isGreaterThan(jdbc.sql("SELECT MIN(id) FROM admin_unit").query(Long.class).single());
        }

        @Test
        void aDatabaseWithDataIsReplacedOnlyWhenAskedAndIsSavedFirst() throws Exception {
            Path backup = backups.takeTo(dir.resolve("first.zip"));
            Map<String, List<String>> first = everyTable();
            jdbc.sql("UPDATE admin_unit SET name = 'changed later'").update();
            assertThatThrownBy(() -> backups.restore(backup, false)).isInstanceOf(BackupRefusedException.class).hasMessageContaining("--replace");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE name = 'changed later'").query(Long.class).single()).isEqualTo(2);

            Backups.Restored r = backups.restore(backup, true);
            assertThat(r.savedBefore()).isNotNull().exists();
            assertThat(r.savedBefore().getFileName().toString()).matches(Backups.NAME.pattern()).contains("before-restore");
            assertThat(everyTable()).isEqualTo(first);
            assertThat(backups.read(r.savedBefore()).rows()).containsEntry("admin_unit", 2L);
        }

        @Test
        void badInputIsRefusedAndChangesNothing() throws Exception {
            Map<String, List<String>> before = everyTable();
            Path notZip = Files.writeString(dir.resolve("notes.zip"), "not a zip at all");
            assertThatThrownBy(() -> backups.restore(notZip, true)).isInstanceOf(BackupRefusedException.class).hasMessageContaining("no Tongchou backup");
            Path otherZip = zip(dir.resolve("other.zip"), Map.of("readme.txt", "hello"));
            assertThatThrownBy(() -> backups.restore(otherZip, true)).isInstanceOf(BackupRefusedException.class).hasMessageContaining("no Tongchou backup");
            assertThatThrownBy(() -> backups.restore(dir.resolve("missing.zip"), true)).isInstanceOf(BackupRefusedException.class);

            Path good = backups.takeTo(dir.resolve("good.zip"));
            String manifest = entry(good, Backups.MANIFEST);
            String otherKind = manifest.contains("database=H2") ? manifest.replace("database=H2", "database=POSTGRESQL")
                    : manifest.replace("database=POSTGRESQL", "database=H2");
            Path wrongKind = zip(dir.resolve("kind.zip"), Map.of(Backups.MANIFEST, otherKind));
            assertThatThrownBy(() -> backups.restore(wrongKind, true)).isInstanceOf(BackupRefusedException.class).hasMessageContaining("database configured");
            Path newer = zip(dir.resolve("newer.zip"), Map.of(Backups.MANIFEST, manifest.replaceAll("schema=[0-9.]+", "schema=9999")));
            assertThatThrownBy(() -> backups.restore(newer, true)).isInstanceOf(BackupRefusedException.class).hasMessageContaining("newer Tongchou");
            Path damaged = zip(dir.resolve("damaged.zip"), Map.of(Backups.MANIFEST, "format=1\ndatabase=ORACLE\n"));
            assertThatThrownBy(() -> backups.restore(damaged, true)).isInstanceOf(BackupRefusedException.class).hasMessageContaining("damaged");

            assertThatThrownBy(() -> backups.takeTo(good)).isInstanceOf(BackupRefusedException.class).hasMessageContaining("exists already");
            assertThatThrownBy(() -> backups.takeTo(dir.resolve("no-such-folder/x.zip"))).isInstanceOf(BackupRefusedException.class)
                    .hasMessageContaining("does not exist");
            assertThatThrownBy(() -> backups.takeTo(dir.resolve("x.sql"))).isInstanceOf(BackupRefusedException.class).hasMessageContaining(".zip");
            assertThatThrownBy(() -> backups.find("../../etc/passwd")).isInstanceOf(org.tongchou.app.web.NotFound.class);
            assertThat(everyTable()).isEqualTo(before);
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("no partial file left").noneMatch(n -> n.endsWith(".partial"));
            }
        }

        @Test
        void aRestoreThatFailsPutsTheDatabaseBackTellsTheCachesAndKeepsItsOwnError() throws Exception {
            Map<String, List<String>> before = everyTable();
            Path good = backups.takeTo(dir.resolve("good.zip"));
            Path bad = dir.resolve("bad.zip");
            String manifest = entry(good, Backups.MANIFEST);
            // loads half-way, then fails: H2 after a table is made, pg_restore on a file that is no dump
            zip(bad, database.isPostgres() ? Map.of(Backups.MANIFEST, manifest, Backups.PG_ENTRY, "PGDMP but not a dump")
                    : Map.of(Backups.MANIFEST, manifest, Backups.H2_ENTRY, "CREATE TABLE half_written (id INT);\nTHIS IS NOT SQL;\n"));
            java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
            org.springframework.context.ApplicationEventPublisher events = e -> {
                if (e instanceof org.tongchou.app.web.DatabaseReplaced) told.incrementAndGet();
            };

            java.util.Set<String> kept = new java.util.HashSet<>(backups.list().stream().map(Backups.BackupFile::name).toList());
            try {
                failTwice(bad, before, told, events);
            } finally {
                for (Backups.BackupFile b : backups.list()) {
                    if (!kept.contains(b.name())) Files.deleteIfExists(backups.folder().resolve(b.name()));
                }
            }
        }

        private void failTwice(Path bad, Map<String, List<String>> before, java.util.concurrent.atomic.AtomicInteger told,
                org.springframework.context.ApplicationEventPublisher events) throws SQLException {
            Backups plain = new Backups(dataSource, flyway, settings, clock, events);
            assertThatThrownBy(() -> plain.restore(bad, true)).isInstanceOf(BackupRefusedException.class)
                    .hasMessageContaining("could not be restored").hasMessageContaining("the database is as it was");
            assertThat(told).as("the caches are told after a failed restore too").hasValue(1);
            assertThat(everyTable()).isEqualTo(before);

            // putting the database back fails as well: the restore's own failure is the one thrown, the later one suppressed
            Backups failingTwice = new Backups(dataSource, flyway, settings, clock, events) {
                @Override
                void putBack(Path saved) {
                    super.putBack(saved);
                    throw new IllegalStateException("putting back failed in this test");
                }
            };
            assertThatThrownBy(() -> failingTwice.restore(bad, true)).isInstanceOf(BackupRefusedException.class)
                    .hasMessageContaining("could not be restored").hasMessageContaining("putting the database back failed too")
                    .hasMessageContaining("putting back failed in this test")
                    .satisfies(e -> {
                        assertThat(e.getCause()).as("the restore's own failure").isInstanceOf(IllegalStateException.class)
                                .hasMessageNotContaining("putting back failed in this test");
                        assertThat(e.getCause().getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessage("putting back failed in this test"));
                    });
            assertThat(told).as("told although putting back failed").hasValue(2);
            assertThat(everyTable()).isEqualTo(before);
        }

        @Test
        void theCommandLineBacksUpAndRestoresAndSaysWhyItRefuses() throws Exception {
            Map<String, List<String>> before = everyTable();
            Path file = dir.resolve("cli.zip");
            Run taken = run("backup", file.toString());
            assertThat(taken.code()).as(taken.err()).isZero();
            assertThat(taken.out()).contains("backup written to " + file).contains("rows");

            Run again = run("backup", file.toString());
            assertThat(again.code()).isEqualTo(org.tongchou.app.cli.ExitCodes.BAD_INPUT);
            assertThat(again.err()).startsWith("error: ").contains("exists already").doesNotContain("Exception");

            Run notOne = run("restore", Files.writeString(dir.resolve("x.zip"), "nope").toString());
            assertThat(notOne.code()).isEqualTo(org.tongchou.app.cli.ExitCodes.BAD_INPUT);
            assertThat(notOne.err()).contains("no Tongchou backup").doesNotContain("Exception");

            Run notEmpty = run("restore", file.toString());
            assertThat(notEmpty.code()).isEqualTo(org.tongchou.app.cli.ExitCodes.BAD_INPUT);
            assertThat(notEmpty.err()).contains("--replace");

            jdbc.sql("DELETE FROM stored_file").update();
            Run restored = run("restore", file.toString(), "--replace");
            assertThat(restored.code()).as(restored.err()).isZero();
            assertThat(restored.out()).contains("the database as it was is saved in").contains("restored " + file);
            assertThat(everyTable()).isEqualTo(before);
        }

        @Test
        void theScheduledBackupKeepsTheNewest() throws Exception {
            Path folder = backups.folder();
            try (var old = Files.list(folder)) {
                for (Path p : old.toList()) Files.deleteIfExists(p);
            }
            for (int i = 1; i <= 16; i++) Files.writeString(folder.resolve(String.format("tongchou-202601%02d-023000-auto.zip", i)), "old");
            int deleted = schedule.run();
            List<String> kept = backups.list().stream().map(Backups.BackupFile::name).toList();
            assertThat(kept).hasSize(14).doesNotContain("tongchou-20260101-023000-auto.zip", "tongchou-20260102-023000-auto.zip",
                    "tongchou-20260103-023000-auto.zip");
            assertThat(deleted).isEqualTo(3);
            assertThat(backups.read(folder.resolve(kept.get(0))).rows()).containsEntry("data_value", 3L);
            assertThatThrownBy(() -> backups.prune(0)).isInstanceOf(BackupRefusedException.class);
        }

        /** Every table of the schema, each as its rows in a stable order, each row as the text of its values. */
        Map<String, List<String>> everyTable() throws SQLException {
            Map<String, List<String>> out = new LinkedHashMap<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String t : Backups.tables(c)) {
                    List<String> rows = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= md.getColumnCount(); i++) {
                                Object v = rs.getObject(i);
                                String text = v instanceof byte[] b ? HexFormat.of().formatHex(b)
                                        : v instanceof java.sql.Timestamp || v instanceof OffsetDateTime ? String.valueOf(rs.getObject(i, OffsetDateTime.class) == null ? v
                                        : rs.getObject(i, OffsetDateTime.class).toInstant())
                                        : v instanceof Double d ? Double.toHexString(d) : String.valueOf(v);
                                row.append(md.getColumnName(i)).append('=').append(text).append('\u0001');
                            }
                            rows.add(row.toString());
                        }
                    }
                    rows.sort(null);
                    out.put(t, rows);
                }
            }
            return out;
        }

        void emptyTheDatabase() throws SQLException {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                if (database.isPostgres()) {
                    s.execute("DROP SCHEMA public CASCADE");
                    s.execute("CREATE SCHEMA public");
                } else {
                    s.execute("DROP ALL OBJECTS");
                }
            }
        }

        static Path zip(Path file, Map<String, String> entries) throws IOException {
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, String> e : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return file;
        }

        static String entry(Path zipFile, String name) throws IOException {
            try (ZipFile z = new ZipFile(zipFile.toFile())) {
                return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Contract {
    }

    @Nested
    @PostgresTest
    class OnPostgres extends Contract {
    }
}
