package org.tongchou.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.tongchou.app.web.NotFound;

/**
 * Backups of the whole database, and their restore. A backup is one zip file:
 * <ul>
 * <li>{@value #MANIFEST}: what it is (database kind, schema version, when, the rows of every table);</li>
 * <li>on H2 {@value #H2_ENTRY}: the database as SQL (H2's {@code SCRIPT}, without users and settings),
 * taken in one repeatable-read transaction, so the script and the row counts are one consistent state;</li>
 * <li>on PostgreSQL {@value #PG_ENTRY}: {@code pg_dump --format=custom} of the same snapshot as the row
 * counts (an exported snapshot, {@code pg_dump --snapshot}).</li>
 * </ul>
 * A backup is written under a temporary name and renamed when complete (a crash never leaves a partial
 * file under a backup's name), owner-only (it holds password and token hashes). Restoring empties the
 * database and loads the backup (H2: {@code RUNSCRIPT}; PostgreSQL: {@code pg_restore} in one transaction),
 * checks every table's row count against the manifest, then lets Flyway migrate it (a backup of an older
 * Tongchou is brought up to date). A database that holds data is replaced only when asked, and is first
 * saved as a backup of its own.
 */
@Service
class Backups {
    static final String MANIFEST = "tongchou-backup.properties";
    static final String H2_ENTRY = "database.sql";
    static final String PG_ENTRY = "database.pgdump";
    /** Names of backups in the backup folder: {@code tongchou-20261207-143000.zip}, {@code …-auto.zip}, {@code …-before-restore.zip}. */
    static final Pattern NAME = Pattern.compile("tongchou-\\d{8}-\\d{6}(-[a-z-]+)?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private final DataSource dataSource;
    private final ObjectProvider<Flyway> flyway;
    private final BackupSettings settings;
    private final Clock clock;
    /** Tells the application's caches that the database was replaced under them. */
    private final Runnable replaced;

    Backups(DataSource dataSource, ObjectProvider<Flyway> flyway, BackupSettings settings, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.replaced = () -> events.publishEvent(new org.tongchou.app.web.DatabaseReplaced());
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.settings = settings;
        this.clock = clock;
    }

    enum Kind { H2, POSTGRESQL }

    /** What a backup holds, from its manifest. */
    record Manifest(Kind kind, String schemaVersion, Instant createdAt, Map<String, Long> rows) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A backup of the backup folder. */
    record BackupFile(String name, long size, Instant modified) {
    }

    /** What a restore did. */
    record Restored(Manifest manifest, Path savedBefore, String schemaAfter) {
    }

    // ---------------------------------------------------------------- taking

    /** A new backup in the backup folder, named after the time ({@code label}: a suffix such as {@code auto}, or null). */
    Path take(String label) {
        Path dir = folder();
        String stamp = STAMP.format(ZonedDateTime.now(clock));
        String name = "tongchou-" + stamp + (label == null ? "" : "-" + label) + ".zip";
        Path target = dir.resolve(name);
        for (int i = 2; Files.exists(target); i++) target = dir.resolve(name.replace(".zip", "") + "-" + "abcdefghij".charAt(Math.min(i, 9)) + ".zip");
        return takeTo(target);
    }

    /** A new backup at {@code target}: a file that does not exist yet, ending in {@code .zip}, in an existing folder. */
    Path takeTo(Path target) {
        target = target.toAbsolutePath().normalize();
        if (!target.getFileName().toString().endsWith(".zip")) {
            throw new BackupRefusedException("a backup is a .zip file: '" + target.getFileName() + "' does not end in .zip");
        }
        if (Files.exists(target)) throw new BackupRefusedException("'" + target + "' exists already: a backup never overwrites a file");
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new BackupRefusedException("the folder '" + dir + "' does not exist");
        if (!Files.isWritable(dir)) throw new BackupRefusedException("the folder '" + dir + "' cannot be written");
        Path partial = dir.resolve("." + target.getFileName() + ".partial");
        try {
            createOwnerOnly(partial);
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                write(zip);
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
            LOG.info("backup written to {} ({} bytes)", target, Files.size(target));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                LOG.warn("could not delete {}", partial, e);
            }
        }
    }

    private void write(ZipOutputStream zip) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            Kind kind = kind(c);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                String snapshot = null;
                if (kind == Kind.POSTGRESQL) {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_export_snapshot()")) {
                        rs.next();
                        snapshot = rs.getString(1);
                    }
                }
                Manifest m = new Manifest(kind, schemaVersion(c), clock.instant(), rowCounts(c));
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifestText(m).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                if (kind == Kind.H2) {
                    zip.putNextEntry(new ZipEntry(H2_ENTRY));
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NOSETTINGS")) {
                        while (rs.next()) {
                            String statement = rs.getString(1);
                            // the database's own user (and its password hash) stays the installation's
                            if (statement.startsWith("CREATE USER ") || statement.startsWith("ALTER USER ")) continue;
                            zip.write(statement.getBytes(StandardCharsets.UTF_8));
                            zip.write('\n');
                        }
                    }
                    zip.closeEntry();
                } else {
                    Path dump = Files.createTempFile("tongchou-dump", ".pgdump");
                    try {
                        postgres(c).run(List.of(settings.pgDump(), "--format=custom", "--no-owner", "--no-privileges",
                                "--snapshot=" + snapshot, "--file=" + dump), "pg_dump");
                        zip.putNextEntry(new ZipEntry(PG_ENTRY));
                        Files.copy(dump, zip);
                        zip.closeEntry();
                    } finally {
                        Files.deleteIfExists(dump);
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database for the backup: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- reading

    /** The manifest of a backup file; refused when it is no Tongchou backup. */
    Manifest read(Path file) {
        if (!Files.isRegularFile(file)) throw new BackupRefusedException("backup.refused.noFile", "no backup file '" + file + "'", file);
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry e = zip.getEntry(MANIFEST);
            if (e == null) {
                throw new BackupRefusedException("backup.refused.noManifest", "'" + file.getFileName() + "' is a zip file but no Tongchou backup (it has no "
                        + MANIFEST + ")", file.getFileName(), MANIFEST);
            }
            if (e.getSize() > 10_000_000) {
                throw new BackupRefusedException("backup.refused.manifestTooLarge", "'" + file.getFileName() + "': its manifest is too large to be one",
                        file.getFileName());
            }
            Properties p = new Properties();
            try (InputStream in = zip.getInputStream(e)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return manifest(p, file);
        } catch (ZipException e) {
            throw new BackupRefusedException("backup.refused.notZip", "'" + file.getFileName() + "' is no Tongchou backup (not a zip file: " + e.getMessage() + ")",
                    file.getFileName(), e.getMessage());
        } catch (IOException e) {
            throw new BackupRefusedException("backup.refused.unreadable", "'" + file.getFileName() + "' cannot be read: " + e.getMessage(), file.getFileName(),
                    e.getMessage());
        }
    }

    private static Manifest manifest(Properties p, Path file) {
        try {
            if (!"1".equals(p.getProperty("format"))) {
                throw new BackupRefusedException("backup.refused.unknownFormat", "'" + file.getFileName() + "' has an unknown backup format '"
                        + p.getProperty("format") + "'", file.getFileName(), p.getProperty("format"));
            }
            Kind kind = Kind.valueOf(p.getProperty("database"));
            Map<String, Long> rows = new TreeMap<>();
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith("rows.")) rows.put(k.substring(5), Long.parseLong(p.getProperty(k)));
            }
            return new Manifest(kind, p.getProperty("schema"), Instant.parse(p.getProperty("created")), rows);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException | NullPointerException e) {
            // a value that does not parse, or a property that is missing (valueOf and parse of null)
            throw new BackupRefusedException("backup.refused.damagedManifest", "'" + file.getFileName() + "' has a damaged manifest: " + e.getMessage(),
                    file.getFileName(), e.getMessage());
        }
    }

    private static String manifestText(Manifest m) throws IOException {
        Properties p = new Properties() {
            // entries in a stable order, so that two backups of one state have the same manifest but its time
            @Override
            public synchronized java.util.Set<Map.Entry<Object, Object>> entrySet() {
                java.util.Set<Map.Entry<Object, Object>> sorted = new java.util.TreeSet<>(Comparator.comparing(x -> x.getKey().toString()));
                sorted.addAll(super.entrySet());
                return sorted;
            }
        };
        p.setProperty("format", "1");
        p.setProperty("database", m.kind().name());
        p.setProperty("schema", m.schemaVersion());
        p.setProperty("created", m.createdAt().toString());
        m.rows().forEach((t, n) -> p.setProperty("rows." + t, String.valueOf(n)));
        StringWriter w = new StringWriter();
        p.store(w, "Tongchou backup");
        return w.toString();
    }

    // ---------------------------------------------------------------- restoring

    /**
     * Replaces the database with the backup. Refused (nothing changed) when the file is no Tongchou backup,
     * was made on the other kind of database or by a newer Tongchou, or when the database holds data and
     * {@code replace} is false. With {@code replace} a database holding data is first saved as a backup.
     */
    Restored restore(Path file, boolean replace) {
        Manifest m = read(file);
        try (Connection c = dataSource.getConnection()) {
            Kind kind = kind(c);
            if (m.kind() != kind) {
                throw new BackupRefusedException("backup.refused.otherKind", "'" + file.getFileName() + "' is a backup of an " + m.kind()
                        + " database; the database configured is " + kind + " (a backup is restored into the kind of database it was taken from)",
                        file.getFileName(), m.kind(), kind);
            }
            Optional<MigrationVersion> latest = latestKnown();
            if (m.schemaVersion() != null && latest.isPresent() && MigrationVersion.fromVersion(m.schemaVersion()).isNewerThan(latest.get().getVersion())) {
                throw new BackupRefusedException("backup.refused.newer", "'" + file.getFileName() + "' was made by a newer Tongchou (schema version "
                        + m.schemaVersion() + "; this one knows up to " + latest.get() + "): restore it with that version", file.getFileName(),
                        m.schemaVersion(), latest.get());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not open the database: " + e.getMessage(), e);
        }
        boolean empty = isEmpty();
        if (!empty && !replace) {
            throw new BackupRefusedException("backup.refused.holdsData", "the database holds data: restoring replaces all of it (give --replace to do so; "
                    + "the database is first saved as a backup)");
        }
        Path saved = empty ? null : take("before-restore");
        Path entry = extract(file, m); // read whole (the zip's checksums) before anything is dropped
        boolean[] restored = {false};
        boolean[] putBack = {false};
        // closed in reverse order, each whatever the others did: the entry deleted, the database put back unless restored
        // (nothing half-written stays), the caches told that the database was replaced, always. The first failure is
        // thrown, a later one added to it as suppressed, never thrown in its place (try-with-resources).
        try (Cleanup told = replaced::run;
             Cleanup back = () -> {
                 if (!restored[0]) putBack(saved);
                 putBack[0] = true;
             };
             Cleanup deleted = () -> deleteQuietly(entry)) {
            load(entry, m.kind());
            checkRows(m);
            flyway.ifAvailable(Flyway::migrate);
            restored[0] = true;
        } catch (IllegalStateException | org.flywaydb.core.api.FlywayException e) {
            if (restored[0]) throw e; // restored, but the caches could not be told: a bug, not a refusal
            // the backup's SQL or dump failed to load, its rows differ, or it cannot be migrated: refused (the database put back)
            LOG.error("restoring {} failed", file, e);
            throw notRestored(file, e, saved, putBack[0]);
        }
        return new Restored(m, saved, currentSchema());
    }

    /** A step after loading a backup that runs however loading ended, without a checked exception. */
    @FunctionalInterface
    private interface Cleanup extends AutoCloseable {
        @Override
        void close();
    }

    /** Every table's rows as the manifest says; thrown otherwise. */
    private void checkRows(Manifest m) {
        Map<String, Long> after = counts();
        List<String> differ = new ArrayList<>();
        m.rows().forEach((t, n) -> {
            if (!n.equals(after.get(t))) differ.add(t + ": " + n + " in the backup, " + after.get(t) + " restored");
        });
        if (!differ.isEmpty()) throw new IllegalStateException("the restored database differs from the backup: " + String.join("; ", differ));
    }

    /** The refusal of a backup that failed to load: the database as it was, or, when putting it back failed too, saying so. */
    private static BackupRefusedException notRestored(Path file, RuntimeException failure, Path saved, boolean putBack) {
        String name = file.getFileName().toString();
        String savedName = saved == null ? null : saved.getFileName().toString();
        BackupRefusedException refused;
        if (!putBack) {
            // the clean-up's first failure (deleting the entry never throws) is putting the database back
            String why = failure.getSuppressed().length == 0 ? "?" : failure.getSuppressed()[0].getMessage();
            refused = new BackupRefusedException("backup.refused.notPutBack", "'" + name + "' could not be restored (" + failure.getMessage()
                    + "), and putting the database back failed too (" + why + ")"
                    + (savedName == null ? "" : ": restore " + savedName + " to have it as it was"), name, failure.getMessage(), why,
                    savedName == null ? "-" : savedName);
        } else if (savedName == null) {
            refused = new BackupRefusedException("backup.refused.notRestored", "'" + name + "' could not be restored (" + failure.getMessage()
                    + "); the database is as it was", name, failure.getMessage());
        } else {
            refused = new BackupRefusedException("backup.refused.notRestoredSaved", "'" + name + "' could not be restored (" + failure.getMessage()
                    + "); the database is as it was, and is also saved in " + savedName, name, failure.getMessage(), savedName);
        }
        refused.initCause(failure);
        return refused;
    }

    /**
     * After a failed restore: the database saved before it loaded again, or, when it held no data, an empty database of
     * the current schema. Package-private so that a test can make it fail ({@code BackupTest}).
     */
    void putBack(Path saved) {
        if (saved != null) {
            Manifest before = read(saved);
            Path entry = extract(saved, before);
            try {
                load(entry, before.kind());
            } finally {
                deleteQuietly(entry);
            }
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (kind(c) == Kind.H2) {
                s.execute("DROP ALL OBJECTS");
            } else {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the database: " + e.getMessage(), e);
        }
        flyway.ifAvailable(Flyway::migrate);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", p, e.getMessage());
        }
    }

    /** The backup's database entry copied to a temporary file, checked against the zip's checksum; refused when absent or damaged. */
    private Path extract(Path file, Manifest m) {
        String entryName = m.kind() == Kind.H2 ? H2_ENTRY : PG_ENTRY;
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new BackupRefusedException("backup.refused.noEntry", "'" + file.getFileName() + "' lacks its " + entryName, file.getFileName(), entryName);
            }
            Path tmp = Files.createTempFile("tongchou-restore", m.kind() == Kind.H2 ? ".sql" : ".pgdump");
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                deleteQuietly(tmp);
                throw new BackupRefusedException("backup.refused.damagedEntry", "'" + file.getFileName() + "' is damaged: its " + entryName + " cannot be read ("
                        + e.getMessage() + ")", file.getFileName(), entryName, e.getMessage());
            }
            return tmp;
        } catch (IOException e) {
            throw new BackupRefusedException("backup.refused.unreadable", "'" + file.getFileName() + "' cannot be read as a backup: " + e.getMessage(),
                    file.getFileName(), e.getMessage());
        }
    }

    private void load(Path entry, Kind kind) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (kind == Kind.H2) {
                s.execute("DROP ALL OBJECTS");
                s.execute("RUNSCRIPT FROM '" + entry.toAbsolutePath().toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            } else {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
                postgres(c).run(List.of(settings.pgRestore(), "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                        entry.toString()), "pg_restore");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the restore failed: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- the folder

    Path folder() {
        Path dir = settings.directory().toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the backup folder " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }

    /** The backups of the backup folder, newest first. */
    List<BackupFile> list() {
        Path dir = settings.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            List<BackupFile> out = new ArrayList<>();
            for (Path p : files.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).toList()) {
                try {
                    out.add(new BackupFile(p.getFileName().toString(), Files.size(p), Files.getLastModifiedTime(p).toInstant()));
                } catch (NoSuchFileException e) {
                    // pruned meanwhile
                }
            }
            out.sort(Comparator.comparing(BackupFile::name).reversed());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backup of the folder with this name; 404 for any other name (never a path outside the folder). */
    Path find(String name) {
        if (name == null || !NAME.matcher(name).matches()) throw new NotFound("no backup '" + name + "'");
        Path p = settings.directory().toAbsolutePath().normalize().resolve(name);
        if (!Files.isRegularFile(p)) throw new NotFound("no backup '" + name + "'");
        return p;
    }

    /** Deletes the oldest backups of the folder beyond the newest {@code keep}; returns how many. */
    int prune(int keep) {
        if (keep < 1) throw new BackupRefusedException("at least one backup is kept (keep = " + keep + ")");
        List<BackupFile> all = list();
        int deleted = 0;
        for (BackupFile f : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(settings.directory().toAbsolutePath().normalize().resolve(f.name()));
                deleted++;
            } catch (IOException e) {
                LOG.warn("could not delete the old backup {}", f.name(), e);
            }
        }
        return deleted;
    }

    // ---------------------------------------------------------------- the database

    /** Whether no table holds a row but Flyway's history and the baseline's {@code app_info}. */
    boolean isEmpty() {
        return counts().entrySet().stream().filter(e -> !e.getKey().equals("flyway_schema_history") && !e.getKey().equals("app_info"))
                .allMatch(e -> e.getValue() == 0);
    }

    /** The rows of every table of the schema {@code public}, by table. */
    Map<String, Long> counts() {
        try (Connection c = dataSource.getConnection()) {
            return rowCounts(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tables of the schema {@code public}, by name. On PostgreSQL a partitioned table is listed (its
     * rows are all its partitions'), its partitions are not (V91 partitions {@code data_value} by year).
     */
    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        if (kind(c) == Kind.POSTGRESQL) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition")) {
                while (rs.next()) out.add(rs.getString(1));
            }
            out.sort(null);
            return out;
        }
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if ("public".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) out.add(rs.getString("TABLE_NAME"));
            }
        }
        out.sort(null);
        return out;
    }

    private static Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String t : tables(c)) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        if (!tables(c).contains("flyway_schema_history")) return null;
        String latest = null;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM flyway_schema_history WHERE success AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (latest == null || MigrationVersion.fromVersion(v).isNewerThan(latest)) latest = v;
            }
        }
        return latest;
    }

    private String currentSchema() {
        try (Connection c = dataSource.getConnection()) {
            return schemaVersion(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<MigrationVersion> latestKnown() {
        Flyway f = flyway.getIfAvailable();
        if (f == null) return Optional.empty();
        return java.util.Arrays.stream(f.info().all()).map(i -> i.getVersion()).filter(v -> v != null)
                .max(Comparator.naturalOrder());
    }

    static Kind kind(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        if (product.contains("h2")) return Kind.H2;
        if (product.contains("postgres")) return Kind.POSTGRESQL;
        throw new BackupRefusedException("backups are made of H2 and PostgreSQL databases, not of " + product);
    }

    /** The PostgreSQL tools, connected as the application is. */
    private PostgresTools postgres(Connection c) throws SQLException {
        return PostgresTools.of(c.getMetaData().getURL(), settings.pgUser(c.getMetaData().getUserName()), settings.pgPassword());
    }

    private static void createOwnerOnly(Path p) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(p);
        }
    }
}
