package org.tongchou.app.demo;

import java.util.Map;
import java.util.Set;

/**
 * The 2021 split of 金港镇 as recorded in the units: each receiver's share of it (9-digit codes), and
 * which receivers existed before and absorbed their part.
 */
record DemoSplit(Map<String, Double> shares, Set<String> existing) {

    DemoSplit {
        shares = Map.copyOf(shares);
        existing = Set.copyOf(existing);
    }

    /** The split as the units feature proposes it from the NBS lists when no database is at hand. */
    static final DemoSplit STREETS_ONLY = new DemoSplit(
            Map.of("320582001", 29.0 / 53, "320582002", 13.0 / 53, "320582003", 11.0 / 53), Set.of());

    boolean isNewSuccessor(String code) {
        return shares.containsKey(code) && !existing.contains(code);
    }
}
