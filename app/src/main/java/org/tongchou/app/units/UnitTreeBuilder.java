package org.tongchou.app.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the city's unit tree valid on a day, each unit with its direct lineage ({@link UnitTreeNode}). */
@Component
class UnitTreeBuilder {
    private final UnitService units;

    UnitTreeBuilder(UnitService units) {
        this.units = units;
    }

    /** The tree under the unit with this code on that day, or empty if there is none. */
    java.util.Optional<UnitTreeNode> tree(String rootCode, LocalDate on) {
        List<AdminUnit> all = units.withinCode(rootCode, on);
        AdminUnit root = all.stream().filter(u -> u.shortCode().equals(rootCode)).findFirst().orElse(null);
        if (root == null) return java.util.Optional.empty();
        Map<Long, List<AdminUnit>> byParent = new HashMap<>();
        for (AdminUnit u : all) if (u.parentId() != null) byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
        return java.util.Optional.of(node(root, byParent));
    }

    private UnitTreeNode node(AdminUnit u, Map<Long, List<AdminUnit>> byParent) {
        List<UnitTreeNode> children = byParent.getOrDefault(u.id(), List.of()).stream()
                .sorted(Comparator.comparing(AdminUnit::code)).map(c -> node(c, byParent)).toList();
        List<UnitTreeNode.Link> into = new ArrayList<>();
        List<UnitTreeNode.Link> outOf = new ArrayList<>();
        for (ChangeEvent e : units.changeEvents(u.id())) {
            boolean isPredecessor = e.predecessors().stream().anyMatch(p -> p.id() == u.id());
            if (isPredecessor) {
                List<AdminUnit> targets = new ArrayList<>(e.successors());
                targets.addAll(e.absorbers());
                for (AdminUnit t : targets) outOf.add(new UnitTreeNode.Link(e, t, share(e, u.id(), t.id())));
                if (targets.isEmpty()) outOf.add(new UnitTreeNode.Link(e, null, null));
            } else {
                for (AdminUnit p : e.predecessors()) into.add(new UnitTreeNode.Link(e, p, share(e, p.id(), u.id())));
                if (e.predecessors().isEmpty()) into.add(new UnitTreeNode.Link(e, null, null));
            }
        }
        return new UnitTreeNode(u, into, outOf, children);
    }

    /** The recorded share, or null when the event has no flows (a one-to-one change passes everything). */
    private static Double share(ChangeEvent e, long from, long to) {
        return e.flows().isEmpty() ? null : e.share(from, to);
    }
}
