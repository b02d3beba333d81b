package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.tongchou.app.TongchouApplication;

/**
 * Issue 9, finding 1: the embedded database as the application configures it by default. On the old
 * code a start opened a TCP port on every interface (AUTO_SERVER=TRUE) for user {@code sa} with an
 * empty password, and the database files were readable by everyone.
 */
class EmbeddedDatabaseTest {
    private static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Test
    void aStartListensOnNoPortAndKeepsItsFilesToTheOwner(@TempDir Path home) throws Exception {
        Set<String> before = listening();
        assumeThat(before).as("/proc/net/tcp readable (Linux)").isNotNull();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TongchouApplication.class)
                .web(WebApplicationType.NONE)
                .run("--tongchou.home=" + home, "--spring.main.banner-mode=off")) {
            Set<String> opened = new HashSet<>(listening());
            opened.removeAll(before);
            assertThat(opened).as("sockets this process listens on since the start").isEmpty();
            assertThat(app.getEnvironment().getProperty("spring.datasource.url")).doesNotContain("AUTO_SERVER");
        }
        Path data = home.resolve("data");
        assertThat(mode(data)).as("data/").isEqualTo("rwx------");
        Path password = data.resolve(".db-password");
        assertThat(mode(password)).as("the password file").isEqualTo("rw-------");
        assertThat(Files.readString(password).strip()).hasSizeGreaterThanOrEqualTo(32);
        // files H2 makes later (a trace file) are behind data/'s mode 700, and ./tongchou runs with umask 077
        assertThat(mode(data.resolve("tongchou.mv.db"))).as("the database file").isEqualTo("rw-------");
        String url = "jdbc:h2:file:" + data.resolve("tongchou") + OPTIONS;
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).as("the old empty password")
                .isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(url, "sa", Files.readString(password).strip())) {
            assertThat(c.isValid(1)).isTrue();
        }
    }

    @Test
    void anOldInstallationWithTheEmptyPasswordGetsAGeneratedOne(@TempDir Path home) throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        String url = "jdbc:h2:file:" + data.resolve("tongchou") + OPTIONS;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v INT)");
            s.execute("INSERT INTO kept VALUES (42)");
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url,
                "spring.datasource.username", "sa", "spring.datasource.password", "")));
        new EmbeddedDatabaseLockdown().postProcessEnvironment(env, null);
        String generated = env.getProperty("spring.datasource.password");
        assertThat(generated).isNotEmpty().isEqualTo(Files.readString(data.resolve(".db-password")).strip());
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve(".db-password"))).isEqualTo("rw-------");
        assertThat(mode(data.resolve("tongchou.mv.db"))).isEqualTo("rw-------");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(url, "sa", generated); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next() && rs.getInt(1) == 42).as("the data is kept").isTrue();
        }
        assertThat(EmbeddedDatabaseLockdown.lockDown(url, "sa", data.resolve("tongchou"))).as("the next start")
                .isEqualTo(generated);
    }

    @Test
    void aCrashBetweenSettingThePasswordAndRenamingItsFileLosesNothing(@TempDir Path home) throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        String url = "jdbc:h2:file:" + data.resolve("tongchou") + OPTIONS;
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("ALTER USER \"SA\" SET PASSWORD 'pending-secret'");
        }
        Files.writeString(data.resolve(".db-password.new"), "pending-secret\n");
        assertThat(EmbeddedDatabaseLockdown.lockDown(url, "sa", data.resolve("tongchou"))).isEqualTo("pending-secret");
        assertThat(Files.exists(data.resolve(".db-password.new"))).isFalse();
        assertThat(Files.readString(data.resolve(".db-password")).strip()).isEqualTo("pending-secret");
    }

    @Test
    void aSecondProcessIsToldTheDatabaseIsInUse() {
        SQLException h2 = new SQLException("Database may be already in use", "90020", 90020);
        var analysis = new EmbeddedDatabaseInUse().analyze(new IllegalStateException("start failed", h2));
        assertThat(analysis.getDescription()).contains("in use by another Tongchou process");
        assertThat(analysis.getAction()).contains("PostgreSQL");
        assertThat(new EmbeddedDatabaseInUse().analyze(new SQLException("other", "42000", 42000))).isNull();
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        assertThat(EmbeddedDatabaseLockdown.fileDatabase("jdbc:h2:mem:x;MODE=PostgreSQL")).isNull();
        assertThat(EmbeddedDatabaseLockdown.fileDatabase("jdbc:postgresql://127.0.0.1/tongchou")).isNull();
        assertThat(EmbeddedDatabaseLockdown.fileDatabase("jdbc:h2:tcp://host/db")).isNull();
        assertThat(EmbeddedDatabaseLockdown.fileDatabase("jdbc:h2:file:/srv/t/data/tongchou;MODE=PostgreSQL"))
                .isEqualTo(Path.of("/srv/t/data/tongchou"));
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** The TCP sockets this process listens on, as "address:port" from /proc/net/tcp and tcp6; null off Linux. */
    static Set<String> listening() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds) || !Files.isReadable(Path.of("/proc/net/tcp"))) return null;
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> s = Files.list(fds)) {
            for (Path fd : s.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) inodes.add(target.substring(8, target.length() - 1));
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path t = Path.of(table);
            if (!Files.isReadable(t)) continue;
            for (String line : Files.readAllLines(t).subList(1, Files.readAllLines(t).size())) {
                String[] f = line.strip().split("\\s+");
                if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) out.add(f[1]);
            }
        }
        return out;
    }
}
