package org.tongchou.app.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One proposed change event. Predecessors are units valid before {@code date} that end on it;
 * successors are new unit versions that begin on it, or ({@code existing}) units that continue and
 * absorb (part of) a predecessor.
 */
public record ProposedChange(ChangeKind kind, LocalDate date, String note, List<Predecessor> predecessors,
                             List<Successor> successors) {
    public ProposedChange {
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
    }

    /** A unit that ends, by its code as the lists write it (2–12 digits, which fixes its level) and name. */
    public record Predecessor(String code, String name) {
    }

    /**
     * A unit version that begins (or, when {@code existing}, continues).
     *
     * @param code       the code as the lists write it (2–12 digits)
     * @param parentCode the parent's code as the lists write it (null for provinces; ignored when existing)
     * @param shares     the share of each predecessor (by its code) that goes to this successor
     */
    public record Successor(String code, String name, UnitLevel level, String parentCode, boolean existing,
                            Map<String, Double> shares) {
        public Successor {
            shares = Map.copyOf(shares);
        }
    }

    /** The level the change happens at (of its first successor, else its first predecessor's code). */
    public UnitLevel level() {
        if (!successors.isEmpty()) return successors.get(0).level();
        return UnitCode.levelOf(predecessors.get(0).code());
    }
}
