package org.tongchou.app.census;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.app.units.ChangeProposal;
import org.tongchou.app.units.DivisionChangeService;
import org.tongchou.app.units.DivisionEntry;
import org.tongchou.app.units.DivisionList;
import org.tongchou.app.units.ProposedChange;
import org.tongchou.app.units.UnitLevel;

/**
 * Code lists of several vintages, oldest first, the last being today's, with the county-level change
 * events between consecutive lists as the units feature proposes them ({@code DivisionChangeService.between}):
 * where a county of one list went in the next, with shares (a split's shares are the numbers of townships
 * each successor received). Only provinces, prefectures, counties and townships are kept (townships give
 * the split shares).
 */
final class ListChain {
    /** One list: its label and its counties and prefectures by short code. */
    record Vintage(String label, Map<String, DivisionEntry> counties, Map<String, DivisionEntry> prefectures,
                   Map<String, DivisionEntry> provinces) {
    }

    private final List<Vintage> vintages = new ArrayList<>();
    /** For each consecutive pair i → i+1: the flows of the counties that changed (code → successor code → share). */
    private final List<Map<String, Map<String, Double>>> flows = new ArrayList<>();
    /** For each consecutive pair: the change notes of the counties that changed, by predecessor code. */
    private final List<Map<String, String>> notes = new ArrayList<>();

    /**
     * @param lists the lists, oldest first (as read by {@code CodeListSource.read}; villages are dropped here)
     * @param dates each list's reference date (the changes between two lists carry the later date)
     */
    ListChain(List<DivisionList> lists, List<LocalDate> dates) {
        List<DivisionList> trimmed = lists.stream().map(ListChain::withoutVillages).toList();
        for (DivisionList l : trimmed) {
            vintages.add(new Vintage(l.source(), byShortCode(l, UnitLevel.COUNTY), byShortCode(l, UnitLevel.PREFECTURE),
                    byShortCode(l, UnitLevel.PROVINCE)));
        }
        for (int i = 0; i + 1 < trimmed.size(); i++) {
            ChangeProposal p = DivisionChangeService.between(trimmed.get(i), trimmed.get(i + 1), dates.get(i + 1));
            Map<String, Map<String, Double>> f = new HashMap<>();
            Map<String, String> n = new HashMap<>();
            for (ProposedChange c : p.changes()) {
                if (c.level() != UnitLevel.COUNTY) continue;
                for (ProposedChange.Predecessor pred : c.predecessors()) {
                    f.computeIfAbsent(pred.code(), k -> new LinkedHashMap<>());
                    n.put(pred.code(), c.kind() + ": " + c.note());
                }
                for (ProposedChange.Successor s : c.successors()) {
                    s.shares().forEach((pred, share) -> f.computeIfAbsent(pred, k -> new LinkedHashMap<>()).merge(s.code(), share, Double::sum));
                }
            }
            sameNameElsewhere(i, p, f, n);
            flows.add(f);
            notes.add(n);
        }
    }

    /**
     * A county the proposal abolishes without successor, while a county it creates in the same province has the
     * same name root (公主岭市 220381 → 220184 under 长春 in 2020; 梁平县 500228 → 梁平区 500155): the proposal
     * matches names under the same or a successor parent only, so such a re-code under another prefecture reads as
     * an abolition and a creation. It is carried whole when exactly one created county of the province matches.
     */
    private void sameNameElsewhere(int i, ChangeProposal p, Map<String, Map<String, Double>> f, Map<String, String> n) {
        List<DivisionEntry> created = new ArrayList<>();
        for (ProposedChange c : p.changes()) {
            if (c.level() != UnitLevel.COUNTY || c.kind() != org.tongchou.app.units.ChangeKind.CREATE) continue;
            for (ProposedChange.Successor s : c.successors()) {
                DivisionEntry e = vintages.get(i + 1).counties().get(s.code().length() > 6 ? s.code().substring(0, 6) : s.code());
                if (e != null) created.add(e);
            }
        }
        for (ProposedChange c : p.changes()) {
            if (c.level() != UnitLevel.COUNTY || c.kind() != org.tongchou.app.units.ChangeKind.ABOLISH) continue;
            for (ProposedChange.Predecessor pred : c.predecessors()) {
                String code = pred.code().length() > 6 ? pred.code().substring(0, 6) : pred.code();
                DivisionEntry gone = vintages.get(i).counties().get(code);
                if (gone == null) continue;
                String root = Successors.root(gone.name());
                List<DivisionEntry> same = created.stream()
                        .filter(e -> e.shortCode().startsWith(code.substring(0, 2)) && Successors.root(e.name()).equals(root)).toList();
                if (same.size() != 1) continue;
                f.put(pred.code(), new LinkedHashMap<>(Map.of(same.get(0).shortCode(), 1.0)));
                n.put(pred.code(), "RECODE: abolished and " + same.get(0).name() + " " + same.get(0).shortCode()
                        + " created in the same province with the same name root (" + root + "): carried whole");
                created.remove(same.get(0));
            }
        }
    }

    private static DivisionList withoutVillages(DivisionList l) {
        List<DivisionEntry> kept = new ArrayList<>();
        for (UnitLevel level : UnitLevel.values()) {
            if (level != UnitLevel.VILLAGE) kept.addAll(l.level(level));
        }
        return DivisionList.of(l.source(), l.within(), kept);
    }

    private static Map<String, DivisionEntry> byShortCode(DivisionList l, UnitLevel level) {
        Map<String, DivisionEntry> m = new LinkedHashMap<>();
        for (DivisionEntry e : l.level(level)) m.put(e.shortCode(), e);
        return m;
    }

    List<Vintage> vintages() {
        return vintages;
    }

    int size() {
        return vintages.size();
    }

    Vintage today() {
        return vintages.get(vintages.size() - 1);
    }

    /**
     * Where county {@code code} of list {@code from} is in today's list: today's counties with the share of
     * it each holds (empty when it was abolished without successor), and the changes it went through.
     */
    Carried carry(int from, String code) {
        Map<String, Double> at = new LinkedHashMap<>();
        at.put(code, 1.0);
        List<String> path = new ArrayList<>();
        for (int i = from; i + 1 < vintages.size(); i++) {
            Map<String, Double> next = new LinkedHashMap<>();
            for (var e : at.entrySet()) {
                Map<String, Double> f = flows.get(i).get(e.getKey());
                if (f == null) {
                    if (vintages.get(i + 1).counties().containsKey(e.getKey())) next.merge(e.getKey(), e.getValue(), Double::sum);
                    continue;
                }
                path.add(vintages.get(i).label() + " → " + vintages.get(i + 1).label() + " " + e.getKey() + " " + notes.get(i).get(e.getKey()));
                f.forEach((to, share) -> next.merge(to, e.getValue() * share, Double::sum));
            }
            at = next;
        }
        return new Carried(at, path);
    }

    /** Today's counties holding a county of an earlier list, with shares, and the changes on the way. */
    record Carried(Map<String, Double> targets, List<String> changes) {
    }
}
