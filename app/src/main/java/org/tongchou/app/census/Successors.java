package org.tongchou.app.census;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongchou.app.units.DivisionEntry;

/**
 * The second pass of {@link CrosswalkProposer}: the census counties of one year that the first pass left
 * unresolved (their code is in no list and their name in none of their prefecture or province) are matched
 * with the counties of the year's list that <em>no census county of that year claims</em> (the list's new
 * units). Each rule accepts only a single candidate; a county with none or several stays unresolved for a
 * person to edit. In order, each rule seeing what the earlier ones claimed:
 * <ol>
 *   <li>{@code SUCCESSOR_NAME}: an unclaimed county of the same prefecture (else of the province) whose name's
 *       root begins with the census name's root, or the reverse (the 县 → 区 renames of 2012–2016 that changed
 *       a character: 陵县 → 陵城区, 开县 → 开州区; 铜官山区 → 铜官区). The root is the name without its
 *       administrative suffix, even when one character remains (陵县 → 陵);</li>
 *   <li>{@code PREFECTURE_NAME}: a county whose root is the root of a prefecture of its province in the list
 *       (绍兴县 of 绍兴市; the county-level 铜仁市 that became the prefecture-level 铜仁市) and the only unclaimed
 *       county of that prefecture: the district that took its place (柯桥区, 碧江区);</li>
 *   <li>{@code MERGED}: two or more such counties of one prefecture and exactly one unclaimed county there:
 *       they merged into it (北市区 + 南市区 → 莲池区, 清河区 + 清浦区 → 清江浦区). One such county and one
 *       unclaimed county are <em>not</em> paired: the new county is as often carved from a county the lists
 *       know (博望区 from 当涂县 while 金家庄区 went into 花山区).</li>
 * </ol>
 * Merges into a unit that kept its code (崇文区 → 东城区) leave nothing unclaimed and stay for a person.
 */
final class Successors {
    private Successors() {
    }

    /** Resolves what it can of {@code year}'s unresolved entries in {@code entries}, in place. */
    static void resolve(int year, List<CensusRecord> records, List<Crosswalk.Entry> entries, ListChain chain, int base) {
        ListChain.Vintage list = chain.vintages().get(base);
        Set<String> claimed = new HashSet<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Crosswalk.Entry e = entries.get(i);
            if (e.year() != year) continue;
            if (e.resolved()) claimed.add(e.listCode());
            else open.add(i);
        }
        if (open.isEmpty()) return;
        Map<String, CensusRecord> byCode = new LinkedHashMap<>();
        for (CensusRecord r : records) if (r.year() == year) byCode.put(r.code(), r);
        // 1. SUCCESSOR_NAME
        for (int i : List.copyOf(open)) {
            CensusRecord r = byCode.get(entries.get(i).censusCode());
            String root = root(r.name());
            List<DivisionEntry> hits = unclaimed(list, claimed, r.code().substring(0, 4), c -> related(root, root(c.name())));
            if (hits.isEmpty()) hits = unclaimed(list, claimed, r.code().substring(0, 2), c -> related(root, root(c.name())));
            if (hits.size() == 1) {
                settle(entries, i, open, claimed, CrosswalkProposer.found(r, chain, base, hits.get(0), Crosswalk.Method.SUCCESSOR_NAME,
                        "a county of " + list.label() + " no census county of " + year + " claims, whose name shares the root '" + root + "'"));
            }
        }
        // 2. PREFECTURE_NAME
        for (int i : List.copyOf(open)) {
            CensusRecord r = byCode.get(entries.get(i).censusCode());
            String root = root(r.name());
            List<DivisionEntry> prefectures = list.prefectures().values().stream()
                    .filter(p -> p.shortCode().startsWith(r.province()) && root(p.name()).equals(root)).toList();
            if (prefectures.size() != 1) continue;
            DivisionEntry p = prefectures.get(0);
            List<DivisionEntry> hits = unclaimed(list, claimed, p.shortCode(), c -> true);
            if (hits.size() == 1) {
                settle(entries, i, open, claimed, CrosswalkProposer.found(r, chain, base, hits.get(0), Crosswalk.Method.PREFECTURE_NAME,
                        "named after its prefecture " + p.name() + " (" + p.shortCode() + "), whose only county of " + list.label()
                        + " no census county of " + year + " claims is " + hits.get(0).name()));
            }
        }
        // 3. MERGED
        Map<String, List<Integer>> byPrefecture = new LinkedHashMap<>();
        for (int i : open) byPrefecture.computeIfAbsent(entries.get(i).censusCode().substring(0, 4), k -> new ArrayList<>()).add(i);
        byPrefecture.forEach((prefecture, gone) -> {
            if (gone.size() < 2) return;
            List<DivisionEntry> hits = unclaimed(list, claimed, prefecture, c -> true);
            if (hits.size() != 1) return;
            List<String> names = gone.stream().map(i -> entries.get(i).censusName()).toList();
            for (int i : gone) {
                CensusRecord r = byCode.get(entries.get(i).censusCode());
                settle(entries, i, open, claimed, CrosswalkProposer.found(r, chain, base, hits.get(0), Crosswalk.Method.MERGED,
                        String.join(" + ", names) + " (no list knows them) → " + hits.get(0).name() + ", the only county of prefecture "
                        + prefecture + " in " + list.label() + " no census county of " + year + " claims"));
            }
        });
    }

    private static void settle(List<Crosswalk.Entry> entries, int i, List<Integer> open, Set<String> claimed, Crosswalk.Entry e) {
        entries.set(i, e);
        open.remove(Integer.valueOf(i));
        claimed.add(e.listCode());
    }

    private static List<DivisionEntry> unclaimed(ListChain.Vintage list, Set<String> claimed, String prefix,
                                                 java.util.function.Predicate<DivisionEntry> test) {
        return list.counties().values().stream()
                .filter(c -> c.shortCode().startsWith(prefix) && !claimed.contains(c.shortCode()) && !c.name().equals("市辖区") && test.test(c))
                .toList();
    }

    /** Two different roots of which one begins the other. */
    static boolean related(String census, String list) {
        return !census.equals(list) && (list.startsWith(census) || census.startsWith(list));
    }

    /** The name without its administrative suffix, even when one character remains ({@link CrosswalkProposer#stem(String, int)}). */
    static String root(String name) {
        return CrosswalkProposer.stem(name, 1);
    }
}
