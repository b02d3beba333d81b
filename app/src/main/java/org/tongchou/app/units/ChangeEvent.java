package org.tongchou.app.units;

import java.time.LocalDate;
import java.util.List;

/**
 * A change between unit versions on {@code date}: predecessors end the day before, successors begin
 * on it. {@code absorbers} are existing units that receive (part of) a predecessor and continue
 * unchanged (a town absorbing an abolished one). {@code flows} say which share of each predecessor
 * went to which successor or absorber; the shares of one predecessor sum to 1 unless part of it was
 * abolished.
 */
public record ChangeEvent(long id, ChangeKind kind, LocalDate date, String note, List<AdminUnit> predecessors,
                          List<AdminUnit> successors, List<AdminUnit> absorbers, List<Flow> flows) {

    /** The share of predecessor {@code predecessorId} that went to {@code successorId} (0 if none). */
    public double share(long predecessorId, long successorId) {
        return flows.stream().filter(f -> f.predecessorId() == predecessorId && f.successorId() == successorId)
                .mapToDouble(Flow::share).sum();
    }

    /** The flows by unit: {@code 320582102 金港镇 → 320582001 金港街道 × 0.5472}, for pages and messages. */
    public List<String> shareLabels() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (List<AdminUnit> us : List.of(predecessors, successors, absorbers)) {
            us.forEach(u -> names.put(u.id(), u.shortCode() + " " + u.name()));
        }
        return flows.stream().map(f -> names.get(f.predecessorId()) + " → " + names.get(f.successorId()) + " × "
                + String.format(java.util.Locale.ROOT, "%.4f", f.share())).toList();
    }

    /** A share of a predecessor passed to a successor (or absorber). */
    public record Flow(long predecessorId, long successorId, double share) {
    }
}
