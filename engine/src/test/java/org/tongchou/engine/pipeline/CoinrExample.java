package org.tongchou.engine.pipeline;

import java.nio.file.Path;
import java.util.Set;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkCsv;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.testing.ReferenceData;

/** Loads COINr's ASEM example inputs from the shared reference data (skips when absent). */
public final class CoinrExample {
    public static final Set<String> GROUPS = Set.of("GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group");

    private CoinrExample() {
    }

    public static Framework framework() {
        return FrameworkCsv.read(ReferenceData.require("coinr-asem/input_ASEM_iMeta.csv"));
    }

    public static Dataset data() {
        return DatasetCsv.read(ReferenceData.require("coinr-asem/input_ASEM_iData.csv"), "uCode",
                new java.util.LinkedHashSet<>(java.util.List.of("GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group")),
                Set.of("uName"));
    }

    public static Path stage(String file) {
        return ReferenceData.require("coinr-asem/stages-v0/" + file);
    }
}
