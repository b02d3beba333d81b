package org.tongchou.app.evaluation;

import java.util.List;

/**
 * A unit evaluated by a run (a town, a county ...): its unit id, 12-digit code and name, and the 12-digit
 * code of its group at each of the plan's group levels (in the plan's order).
 */
record Town(long unitId, String code, String name, List<String> groups) {
    Town {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    Town(long unitId, String code, String name) {
        this(unitId, code, name, List.of());
    }
}
