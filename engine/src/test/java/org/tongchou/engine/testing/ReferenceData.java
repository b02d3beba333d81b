package org.tongchou.engine.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared reference data ({@code ../shared/reference} beside the repository) for tests.
 * A newcomer's clone has no {@code ../shared}: tests then skip with a message saying so.
 * The environment variable {@code TONGCHOU_REFERENCE} overrides the location.
 */
public final class ReferenceData {
    private ReferenceData() {
    }

    public static Optional<Path> root() {
        String env = System.getenv("TONGCHOU_REFERENCE");
        if (env != null && Files.isDirectory(Path.of(env))) return Optional.of(Path.of(env));
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("reference");
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
            if (Files.isDirectory(p.resolve("shared").resolve("reference")) && !p.equals(here)) {
                return Optional.of(p.resolve("shared").resolve("reference"));
            }
        }
        return Optional.empty();
    }

    /** The path of a reference file or folder; skips the calling test when it is absent. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(),
                "reference data absent: ../shared/reference not found beside the repository; skipping");
        Path p = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "reference data absent: " + p + " not found; skipping");
        return p;
    }
}
