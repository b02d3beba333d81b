package org.tongchou.app.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes the change events between two code lists, level by level from provinces down, so that a
 * unit's parent has been matched before the unit itself:
 * <ol>
 * <li>same code in both: unchanged; a new name is a RENAME; a new parent a REPARENT;</li>
 * <li>a unit that disappeared and one that appeared with the same name, under the same parent or
 *     under a successor of the old parent (exactly one candidate): RECODE if the parent is the same,
 *     else REPARENT;</li>
 * <li>for the rest above village level, evidence from the children: a disappeared unit's children
 *     are looked up by name among the children of units under its parent's successors; the units
 *     that received its children are its successors, and the numbers of children received are the
 *     shares (e.g. 金港镇 → 金港街道 29, 后塍街道 13, 德积街道 11 matched villages). Connected groups
 *     become one SPLIT (one predecessor), MERGE (one successor, new or existing) or, for a 1:1 pair
 *     with a new name and code, RECODE; many-to-many groups are proposed as SPLIT with a note;</li>
 * <li>whatever is left: ABOLISH (disappeared) and CREATE (appeared).</li>
 * </ol>
 * Shares are rounded to 4 decimals with the last one of each predecessor taking the remainder, so
 * each predecessor's shares sum to exactly 1.
 */
final class DivisionDiff {
    private final DivisionList from;
    private final DivisionList to;
    private final LocalDate date;
    private final Map<String, DivisionEntry> fromBy;
    private final Map<String, DivisionEntry> toBy;
    private final Map<String, List<DivisionEntry>> fromChildren = new HashMap<>();
    private final Map<String, List<DivisionEntry>> toChildren = new HashMap<>();
    /** old code → codes of the units that carry it on in the later list. */
    private final Map<String, Set<String>> succ = new HashMap<>();
    private final List<ProposedChange> changes = new ArrayList<>();
    private int unchanged;

    private DivisionDiff(DivisionList from, DivisionList to, LocalDate date) {
        this.from = from;
        this.to = to;
        this.date = date;
        this.fromBy = from.byCode();
        this.toBy = to.byCode();
        for (DivisionEntry e : fromBy.values()) {
            if (e.parentShortCode() != null) fromChildren.computeIfAbsent(e.parentShortCode(), k -> new ArrayList<>()).add(e);
        }
        for (DivisionEntry e : toBy.values()) {
            if (e.parentShortCode() != null) toChildren.computeIfAbsent(e.parentShortCode(), k -> new ArrayList<>()).add(e);
        }
    }

    static ChangeProposal propose(DivisionList from, DivisionList to, LocalDate date) {
        DivisionDiff d = new DivisionDiff(from, to, date);
        for (UnitLevel level : UnitLevel.values()) d.level(level);
        String within = to.within() != null ? to.within() : from.within();
        return new ChangeProposal(from.source(), to.source(), within, date, d.unchanged, d.changes);
    }

    private Set<String> successorsOf(String oldCode) {
        if (oldCode == null) {
            Set<String> none = new HashSet<>();
            none.add(null);
            return none;
        }
        return succ.getOrDefault(oldCode, Set.of());
    }

    private void level(UnitLevel level) {
        List<DivisionEntry> disappeared = new ArrayList<>();
        Map<String, DivisionEntry> appeared = new LinkedHashMap<>();
        for (DivisionEntry b : to.level(level)) {
            if (!fromBy.containsKey(b.shortCode())) appeared.put(b.shortCode(), b);
        }
        for (DivisionEntry a : from.level(level)) {
            DivisionEntry b = toBy.get(a.shortCode());
            if (b == null) {
                disappeared.add(a);
                continue;
            }
            succ.put(a.shortCode(), Set.of(b.shortCode()));
            boolean sameParent = java.util.Objects.equals(a.parentShortCode(), b.parentShortCode());
            if (sameParent && a.name().equals(b.name())) {
                unchanged++;
            } else if (sameParent) {
                changes.add(oneToOne(ChangeKind.RENAME, a, b, "renamed: " + a.name() + " → " + b.name()));
            } else {
                changes.add(oneToOne(ChangeKind.REPARENT, a, b, "same code under another parent"));
            }
        }
        // by name under the same or a successor parent
        Map<String, List<DivisionEntry>> appearedByName = new HashMap<>();
        appeared.values().forEach(b -> appearedByName.computeIfAbsent(b.name(), k -> new ArrayList<>()).add(b));
        for (var it = disappeared.iterator(); it.hasNext(); ) {
            DivisionEntry a = it.next();
            Set<String> parents = successorsOf(a.parentShortCode());
            List<DivisionEntry> cands = appearedByName.getOrDefault(a.name(), List.of()).stream()
                    .filter(b -> appeared.containsKey(b.shortCode()) && parents.contains(b.parentShortCode())).toList();
            if (cands.size() != 1) continue;
            DivisionEntry b = cands.get(0);
            boolean sameParent = java.util.Objects.equals(a.parentShortCode(), b.parentShortCode());
            changes.add(oneToOne(sameParent ? ChangeKind.RECODE : ChangeKind.REPARENT, a, b,
                    sameParent ? "new code, same name and parent" : "same name under a successor of its former parent"));
            succ.put(a.shortCode(), Set.of(b.shortCode()));
            appeared.remove(b.shortCode());
            it.remove();
        }
        if (level != UnitLevel.VILLAGE) byChildren(disappeared, appeared);
        for (DivisionEntry a : disappeared) {
            changes.add(new ProposedChange(ChangeKind.ABOLISH, date, "gone from the later list; no successor found"
                    + " (edit into a MERGE if it was absorbed)", List.of(pred(a)), List.of()));
        }
        for (DivisionEntry b : appeared.values()) {
            changes.add(new ProposedChange(ChangeKind.CREATE, date, "new in the later list; no predecessor found",
                    List.of(), List.of(successor(b, Map.of()))));
        }
    }

    /** Matches the rest through their children; removes what it matched from both collections. */
    private void byChildren(List<DivisionEntry> disappeared, Map<String, DivisionEntry> appeared) {
        Map<String, Map<String, Integer>> edges = new LinkedHashMap<>();
        for (DivisionEntry a : disappeared) {
            Set<String> parents = successorsOf(a.parentShortCode());
            Map<String, Integer> counts = new LinkedHashMap<>();
            // candidate receivers: every later unit of this level under one of the parent's successors
            for (String p : parents) {
                List<DivisionEntry> sameLevel = p == null ? to.level(a.level()) : toChildren.getOrDefault(p, List.of());
                for (DivisionEntry b : sameLevel) {
                    if (b.level() != a.level()) continue;
                    Set<String> names = new HashSet<>();
                    toChildren.getOrDefault(b.shortCode(), List.of()).forEach(k -> names.add(k.name()));
                    int n = 0;
                    for (DivisionEntry kid : fromChildren.getOrDefault(a.shortCode(), List.of())) {
                        if (names.contains(kid.name())) n++;
                    }
                    if (n > 0) counts.put(b.shortCode(), n);
                }
            }
            if (!counts.isEmpty()) edges.put(a.shortCode(), counts);
        }
        // connected groups over disappeared ∪ receivers
        Map<String, String> root = new HashMap<>();
        for (var e : edges.entrySet()) {
            for (String b : e.getValue().keySet()) union(root, e.getKey(), "to:" + b);
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String a : edges.keySet()) groups.computeIfAbsent(find(root, a), k -> new ArrayList<>()).add(a);
        for (List<String> preds : groups.values()) {
            Set<String> receivers = new LinkedHashSet<>();
            preds.forEach(a -> receivers.addAll(edges.get(a).keySet()));
            List<ProposedChange.Predecessor> p = preds.stream().map(c -> pred(fromBy.get(c))).toList();
            List<ProposedChange.Successor> s = new ArrayList<>();
            boolean allNew = true;
            for (String b : receivers) {
                Map<String, Double> shares = new LinkedHashMap<>();
                for (String a : preds) {
                    Integer n = edges.get(a).get(b);
                    if (n != null) shares.put(a, share(edges.get(a), b));
                }
                boolean existing = !appeared.containsKey(b);
                allNew &= !existing;
                DivisionEntry be = toBy.get(b);
                s.add(existing ? new ProposedChange.Successor(b, be.name(), be.level(), be.parentShortCode(), true, shares)
                        : successor(be, shares));
            }
            ChangeKind kind;
            String note;
            String evidence = evidence(preds, receivers, edges);
            if (preds.size() == 1 && receivers.size() == 1) {
                kind = allNew ? ChangeKind.RECODE : ChangeKind.MERGE;
                note = allNew ? "new code and name; its children moved along (" + evidence + ")"
                        : "absorbed by an existing unit (" + evidence + ")";
            } else if (preds.size() == 1) {
                kind = ChangeKind.SPLIT;
                note = "split; shares by the number of its children found under each successor (" + evidence + ")";
            } else if (receivers.size() == 1) {
                kind = ChangeKind.MERGE;
                note = "merged (" + evidence + ")";
            } else {
                kind = ChangeKind.SPLIT;
                note = "many-to-many reorganisation, check (" + evidence + ")";
            }
            changes.add(new ProposedChange(kind, date, note, p, s));
            for (String a : preds) succ.put(a, receivers);
            preds.forEach(a -> disappeared.removeIf(d -> d.shortCode().equals(a)));
            receivers.forEach(appeared::remove);
        }
    }

    private String evidence(List<String> preds, Set<String> receivers, Map<String, Map<String, Integer>> edges) {
        List<String> parts = new ArrayList<>();
        for (String a : preds) {
            int total = fromChildren.getOrDefault(a, List.of()).size();
            for (String b : receivers) {
                Integer n = edges.get(a).get(b);
                if (n != null) parts.add(fromBy.get(a).name() + " → " + toBy.get(b).name() + ": " + n);
            }
            parts.add(fromBy.get(a).name() + " had " + total + " children");
        }
        return String.join("; ", parts);
    }

    /** This receiver's share of a predecessor, rounded to 4 decimals; the last receiver takes the rest. */
    private static double share(Map<String, Integer> counts, String receiver) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> keys = new ArrayList<>(counts.keySet());
        double assigned = 0;
        for (String k : keys) {
            double v = k.equals(keys.get(keys.size() - 1)) ? 1.0 - assigned
                    : Math.round(10_000.0 * counts.get(k) / total) / 10_000.0;
            if (k.equals(receiver)) return Math.round(v * 10_000.0) / 10_000.0;
            assigned += v;
        }
        return 0;
    }

    private static void union(Map<String, String> root, String a, String b) {
        String ra = find(root, a);
        String rb = find(root, b);
        if (!ra.equals(rb)) root.put(rb, ra);
    }

    private static String find(Map<String, String> root, String x) {
        String r = x;
        while (root.containsKey(r) && !root.get(r).equals(r)) r = root.get(r);
        return r;
    }

    private ProposedChange oneToOne(ChangeKind kind, DivisionEntry a, DivisionEntry b, String note) {
        return new ProposedChange(kind, date, note, List.of(pred(a)), List.of(successor(b, Map.of(a.shortCode(), 1.0))));
    }

    private static ProposedChange.Predecessor pred(DivisionEntry a) {
        return new ProposedChange.Predecessor(a.shortCode(), a.name());
    }

    private static ProposedChange.Successor successor(DivisionEntry b, Map<String, Double> shares) {
        return new ProposedChange.Successor(b.shortCode(), b.name(), b.level(), b.parentShortCode(), false, shares);
    }
}
