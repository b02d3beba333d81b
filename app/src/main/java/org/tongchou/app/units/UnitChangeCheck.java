package org.tongchou.app.units;

import java.util.List;

/**
 * The wizard's form checked: the predecessors found, the sum of a split's shares as typed, every
 * problem by field, and (when there is none) the change ready to preview and apply.
 */
public record UnitChangeCheck(ProposedChange change, List<AdminUnit> predecessors, Double shareSum,
                              List<FormProblem> problems) {
    public UnitChangeCheck {
        predecessors = List.copyOf(predecessors);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty() && change != null;
    }

    /** Whether a field has a problem (for highlighting the input). */
    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
