package org.tongchou.app.census;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tongchou.app.units.DivisionEntry;

/**
 * Proposes the crosswalk of census counties onto a {@link ListChain}. Each census year has its list (the
 * chain's list index {@code base}: the newest list not later than the census, or the oldest list), and a
 * census county is looked up, first match wins:
 * <ol>
 *   <li>{@code LIST}: same code and name in its list; {@code LIST_RENAMED}: same code, a name that differs
 *       but has the same stem (县 → 市, 巿 → 市);</li>
 *   <li>{@code LATER_LIST}: same code and name in a later list (the census is newer than its list);</li>
 *   <li>{@code NAME}: the same stem (the name without its 自治县/县/市/区/旗 suffix) under the same prefecture in
 *       its list or a later one, else the only county of that stem in the same province;</li>
 *   <li>{@code CODE}: the same code under another name in its list (renamed, or merged into the unit that kept the
 *       code: to review);</li>
 *   <li>what is left is matched, census year by census year, with the counties of its list that no census county of that
 *       year claimed ({@link Successors}: {@code SUCCESSOR_NAME}, {@code PREFECTURE_NAME}, {@code MERGED});</li>
 *   <li>{@code UNRESOLVED}: nothing else; its figures are set aside, reported, not lost.</li>
 * </ol>
 * A county found in a list is carried to today's boundaries by the change events between the lists
 * ({@link ListChain#carry}): today's counties holding it, with shares.
 */
final class CrosswalkProposer {
    private CrosswalkProposer() {
    }

    /**
     * @param base for each census year, the index in the chain of the list of its vintage
     */
    static Crosswalk propose(List<CensusRecord> records, ListChain chain, Map<Integer, Integer> base) {
        List<Crosswalk.Entry> out = new ArrayList<>();
        for (CensusRecord r : records) {
            int b = base.getOrDefault(r.year(), 0);
            out.add(entry(r, chain, b));
        }
        for (int year : records.stream().map(CensusRecord::year).distinct().sorted().toList()) {
            Successors.resolve(year, records, out, chain, base.getOrDefault(year, 0));
        }
        return new Crosswalk(out);
    }

    private static Crosswalk.Entry entry(CensusRecord r, ListChain chain, int b) {
        List<ListChain.Vintage> v = chain.vintages();
        DivisionEntry same = v.get(b).counties().get(r.code());
        if (same != null && same.name().equals(r.name())) return found(r, chain, b, same, Crosswalk.Method.LIST, "");
        if (same != null && stem(same.name()).equals(stem(r.name()))) {
            return found(r, chain, b, same, Crosswalk.Method.LIST_RENAMED, "named " + same.name() + " in " + v.get(b).label());
        }
        for (int i = b + 1; i < v.size(); i++) {
            DivisionEntry later = v.get(i).counties().get(r.code());
            if (later != null && later.name().equals(r.name())) {
                return found(r, chain, i, later, Crosswalk.Method.LATER_LIST, "not in " + v.get(b).label() + "; in " + v.get(i).label());
            }
        }
        String stem = stem(r.name());
        for (int i = b; i < v.size(); i++) {
            List<DivisionEntry> inPrefecture = new ArrayList<>();
            List<DivisionEntry> inProvince = new ArrayList<>();
            for (DivisionEntry e : v.get(i).counties().values()) {
                if (!stem(e.name()).equals(stem)) continue;
                if (e.shortCode().startsWith(r.code().substring(0, 4))) inPrefecture.add(e);
                if (e.shortCode().startsWith(r.code().substring(0, 2))) inProvince.add(e);
            }
            if (inPrefecture.size() == 1) {
                return found(r, chain, i, inPrefecture.get(0), Crosswalk.Method.NAME, "same name under prefecture "
                        + r.code().substring(0, 4) + " in " + v.get(i).label() + (same != null ? "; code " + r.code() + " there is " + same.name() : ""));
            }
            if (inProvince.size() == 1) {
                return found(r, chain, i, inProvince.get(0), Crosswalk.Method.NAME, "the only county of that name in province "
                        + r.code().substring(0, 2) + " in " + v.get(i).label() + (same != null ? "; code " + r.code() + " there is " + same.name() : ""));
            }
        }
        if (same != null) {
            return found(r, chain, b, same, Crosswalk.Method.CODE, "same code, named " + same.name() + " in " + v.get(b).label()
                    + ": renamed, or merged into the unit that kept the code; review");
        }
        String why = "no list of " + chain.vintages().stream().map(ListChain.Vintage::label).toList() + " knows code " + r.code() + " or the name " + r.name()
                  + " in its prefecture or province";
        return new Crosswalk.Entry(r.year(), r.code(), r.name(), Crosswalk.Method.UNRESOLVED, "", "", "", Map.of(), why);
    }

    static Crosswalk.Entry found(CensusRecord r, ListChain chain, int i, DivisionEntry e, Crosswalk.Method m, String note) {
        ListChain.Carried c = chain.carry(i, e.shortCode());
        String n = note;
        if (!c.changes().isEmpty()) n = (n.isEmpty() ? "" : n + "; ") + String.join("; ", c.changes());
        if (c.targets().isEmpty()) n = (n.isEmpty() ? "" : n + "; ") + "not carried to today's list (abolished without successor)";
        return new Crosswalk.Entry(r.year(), r.code(), r.name(), m, chain.vintages().get(i).label(), e.shortCode(), e.name(), c.targets(), n);
    }

    /** The name without its administrative suffix (自治县, 自治旗, 县, 市, 区, 旗; 巿 read as 市), where two characters or more remain. */
    static String stem(String name) {
        return stem(name, 2);
    }

    /** {@link #stem(String)} where at least {@code keep} characters remain (else the name as it is). */
    static String stem(String name, int keep) {
        String n = name.strip().replace('巿', '市');
        for (String s : new String[] {"自治县", "自治旗", "林区", "特区", "县", "市", "区", "旗"}) {
            if (n.endsWith(s) && n.length() >= s.length() + keep) return n.substring(0, n.length() - s.length());
        }
        return n;
    }
}
