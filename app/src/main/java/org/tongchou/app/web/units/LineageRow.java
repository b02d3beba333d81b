package org.tongchou.app.web.units;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.ChangeEvent;
import org.tongchou.app.units.Lineage;

/**
 * One event of a unit's lineage as its page shows it, with the shares spelled out by name
 * ({@code 金港镇 → 金港街道 × 0.5472}) rather than by record id.
 */
public record LineageRow(ChangeEvent event, List<String> shares) {

    /** The lineage's events (backwards and forwards, in date order) as rows. */
    static List<LineageRow> of(Lineage lineage) {
        List<LineageRow> out = new ArrayList<>();
        for (ChangeEvent e : lineage.events()) {
            Map<Long, String> names = new HashMap<>();
            for (List<AdminUnit> us : List.of(e.predecessors(), e.successors(), e.absorbers())) {
                us.forEach(u -> names.put(u.id(), u.shortCode() + " " + u.name()));
            }
            List<String> shares = e.flows().stream().map(f -> names.get(f.predecessorId()) + " → "
                    + names.get(f.successorId()) + " × " + String.format(java.util.Locale.ROOT, "%.4f", f.share())).toList();
            out.add(new LineageRow(e, shares));
        }
        return out;
    }
}
