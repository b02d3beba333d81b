package org.tongchou.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Locks the embedded H2 database down before anything connects to it (an environment post-processor:
 * it runs for the web application and every command alike). For a file database (the default,
 * {@code data/tongchou}) configured without a password of its own:
 * <ul>
 * <li>the password of its administrator {@code sa} is a random one kept in {@code data/.db-password},
 * readable by the owner only (mode 600), made at the first start;</li>
 * <li>a database made before, with the empty password of old installations, gets that password: the
 * new password is written first (as {@code .db-password.new}), set in the database with the old one,
 * then the file is renamed, so that a crash at any point leaves a password that opens it;</li>
 * <li>{@code data/} is made owner-only (mode 700: nobody else can even list it) and the database's
 * files mode 600.</li>
 * </ul>
 * The database listens on no port: the URL has no {@code AUTO_SERVER} (which opened a TCP port on
 * every interface and let whoever read the lock file connect), so one process at a time uses an
 * embedded database (a command while {@code serve} runs is told so; use the API, or PostgreSQL).
 * In-memory, server and PostgreSQL databases are left alone.
 */
class EmbeddedDatabaseLockdown implements EnvironmentPostProcessor, Ordered {
    static final String PASSWORD_FILE = ".db-password";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    @Override
    public int getOrder() {
        // after the configuration files are read (ConfigDataEnvironmentPostProcessor), so the URL is known
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String url = env.getProperty("spring.datasource.url");
        String password = env.getProperty("spring.datasource.password");
        Path database = fileDatabase(url);
        if (database == null || (password != null && !password.isEmpty())) return;
        String user = env.getProperty("spring.datasource.username", "sa");
        String secret = lockDown(url, user, database);
        env.getPropertySources().addFirst(new MapPropertySource("tongchou-embedded-database",
                Map.of("spring.datasource.password", secret)));
    }

    /**
     * Makes {@code data/} and the database's files owner-only and returns the password of the
     * database at {@code database} (a path without H2's {@code .mv.db}), setting it first if needed.
     */
    static String lockDown(String url, String user, Path database) {
        try {
            Path dir = database.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            restrict(dir, OWNER_DIR);
            Path file = dir.resolve(PASSWORD_FILE);
            Path pending = dir.resolve(PASSWORD_FILE + ".new");
            boolean exists = Files.exists(Path.of(database + ".mv.db"));
            String password;
            if (Files.exists(file)) {
                password = read(file);
            } else if (!exists) {
                password = write(file, random());
                // H2 creates the database with this user and password at the first connection
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    c.isValid(1);
                } catch (SQLException e) {
                    throw new IllegalStateException(isInUse(e) ? inUse(url) : "cannot create the embedded database " + url, e);
                }
            } else {
                password = migrate(url, user, file, pending);
            }
            try (Stream<Path> files = Files.list(dir)) {
                String name = database.getFileName().toString();
                for (Path p : files.filter(p -> p.getFileName().toString().startsWith(name + ".")).toList()) {
                    restrict(p, OWNER_FILE);
                }
            }
            restrict(file, OWNER_FILE);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the embedded database down in " + database.getParent(), e);
        }
    }

    /** An existing database without a password file: it has the empty password of old installations. */
    private static String migrate(String url, String user, Path file, Path pending) throws IOException {
        String next = Files.exists(pending) ? read(pending) : write(pending, random());
        for (String old : List.of("", next)) {
            try (Connection c = DriverManager.getConnection(url, user, old); Statement s = c.createStatement()) {
                if (!old.equals(next)) s.execute("ALTER USER \"" + user.toUpperCase() + "\" SET PASSWORD '" + next + "'");
                Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return next;
            } catch (SQLException e) {
                if (isInUse(e)) throw new IllegalStateException(inUse(url), e);
                // wrong password: try the next candidate
            }
        }
        throw new IllegalStateException("the embedded database " + url + " has a password that is in neither "
                + file + " nor " + pending + ": put it in " + file + " (mode 600) or set spring.datasource.password");
    }

    /** H2's "database may be already in use" (another process has it open). */
    private static boolean isInUse(SQLException e) {
        return e.getErrorCode() == 90020;
    }

    static String inUse(String url) {
        return "the embedded database is in use by another Tongchou process (a running 'serve'?): an embedded database "
                + "serves one process at a time and listens on no port. Stop that process, use the web application or "
                + "its API, or run on PostgreSQL (" + url + ")";
    }

    /** The path of an H2 file database named by {@code url}, or null for any other database. */
    static Path fileDatabase(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) return null;
        String rest = url.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0) rest = rest.substring(0, semicolon);
        if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("zip:")) return null;
        if (rest.startsWith("file:")) rest = rest.substring("file:".length());
        if (rest.startsWith("~")) rest = System.getProperty("user.home") + rest.substring(1);
        return Path.of(rest);
    }

    private static String random() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String read(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (s.isEmpty()) throw new IllegalStateException(file + " is empty: it must hold the embedded database's password");
        return s;
    }

    /** Writes a new owner-only file (created with mode 600, never readable by others even for a moment). */
    private static String write(Path file, String content) throws IOException {
        try {
            if (supportsPosix(file.getParent())) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            return read(file);
        }
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
        return content;
    }

    private static void restrict(Path p, Set<PosixFilePermission> permissions) throws IOException {
        if (supportsPosix(p)) Files.setPosixFilePermissions(p, permissions);
    }

    private static boolean supportsPosix(Path p) {
        return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }
}
