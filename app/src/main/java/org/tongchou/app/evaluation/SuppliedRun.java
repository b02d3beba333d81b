package org.tongchou.app.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The units and raw figures of a run that a module supplies whole ({@link EvaluationService#runSupplied}) instead of
 * the approved values of the plan's area: the census module's counties with the census figures, as the census
 * reported them or carried to today's boundaries by its reviewed crosswalk.
 *
 * @param units  the units evaluated, in order
 * @param raw    raw indicator code → one figure per unit (NaN = none: the unit is left out with a note, or the run
 *               refused, as the plan says)
 * @param notes  sentences the run keeps among its notes (where the figures come from, how they were derived)
 * @param source where the figures come from (kept as the run's source; a synthetic source marks the run synthetic)
 */
public record SuppliedRun(List<Unit> units, Map<String, double[]> raw, List<String> notes, String source) {
    public SuppliedRun {
        units = List.copyOf(units);
        raw = Map.copyOf(raw);
        notes = List.copyOf(notes);
        Objects.requireNonNull(source, "source");
    }

    /**
     * One unit of a supplied run.
     *
     * @param code   12-digit code
     * @param name   its name
     * @param groups 12-digit code of its group at each of the plan's group levels, in the plan's order
     */
    public record Unit(String code, String name, List<String> groups) {
        public Unit {
            Objects.requireNonNull(code, "code");
            groups = List.copyOf(groups);
        }
    }
}
