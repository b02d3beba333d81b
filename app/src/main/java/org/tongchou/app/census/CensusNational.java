package org.tongchou.app.census;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.disparity.Disparity;
import org.tongchou.engine.disparity.TheilDecomposition;
import org.tongchou.engine.disparity.TheilIndex;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.plan.DisparitySpec;
import org.tongchou.engine.plan.GroupWeighting;
import org.tongchou.engine.plan.IndicatorWeighting;
import org.tongchou.engine.plan.PlanEvaluator;
import org.tongchou.engine.plan.PlanResult;
import org.tongchou.engine.plan.PlanSpec;
import org.tongchou.engine.plan.PlanTree;

/**
 * The national census rankings on the engine's plan evaluation ({@code org.tongchou.engine.plan}):
 * <ul>
 *   <li><b>2020 as reported</b>: every census county of 2020 that a list knows (its province from the list),
 *       ranked by its urbanisation rate (urban / resident × 100, recomputed from the parts);</li>
 *   <li><b>change 2010 → 2020 on today's boundaries</b>: each census year's figures carried to today's counties
 *       by the crosswalk (Σ share × resident, Σ share × urban), the rates recomputed from those sums (never
 *       averaged), ranked by the difference in percentage points.</li>
 * </ul>
 * Each: a one-indicator plan (min-max, arithmetic: the index orders units as the indicator does), every
 * unit's rank in the country and in its province (the engine's ranks within groups: descending, ties take
 * the lowest rank), and the population-weighted Theil T of the urbanisation rate decomposed between and
 * within provinces (the engine's {@code Disparity.theilDecomposition}, weights = resident population: the
 * Theil index of urban residents over residents). Nothing is dropped silently: census counties no list
 * knows, counties abolished without successor and today's counties whose figures are incomplete are
 * returned as set aside, with their figures and the reason.
 */
final class CensusNational {
    static final String RATE = "urbanisation_rate";
    static final String CHANGE = "urbanisation_change";
    static final String WEIGHT = "resident_population";
    static final String PROVINCE = "PROVINCE";

    private CensusNational() {
    }

    /** One ranked unit: the census's county (2020) or today's county (change). */
    record Row(String code, String name, String province, double resident, double urban, double households, double rate,
               double rate2010, double change, double rank, double provinceRank, String note) {
    }

    /**
     * A ranking with its Theil decompositions by province (subject → decomposition), and the units that have figures
     * but were not ranked (today's counties with one census only, or whose prefecture is incomplete: rank and change
     * NaN, the reason as the note).
     */
    record Ranking(String title, List<Row> rows, Map<String, TheilDecomposition> theil, List<String> notes, List<Row> leftOut) {
        Ranking(String title, List<Row> rows, Map<String, TheilDecomposition> theil, List<String> notes) {
            this(title, rows, theil, notes, List.of());
        }
    }

    /** Everything the national step gives, with the counts of each step. */
    record Result(Ranking ranked2020, Ranking change, List<SetAside> setAside, Map<Integer, Map<Crosswalk.Method, Integer>> methods,
                  Map<String, Integer> counts, double maxRateDifference) {
    }

    static Result compute(List<CensusRecord> records, Crosswalk crosswalk, Map<String, String> todayNames) {
        Map<String, Crosswalk.Entry> cw = crosswalk.byKey();
        List<SetAside> aside = new ArrayList<>();
        Map<Integer, Map<Crosswalk.Method, Integer>> methods = new TreeMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        double maxDiff = 0;
        // 2020 as reported
        List<CensusRecord> ranked = new ArrayList<>();
        List<String> provinces = new ArrayList<>();
        // today's boundaries: year → today's code → {resident, urban, households}
        Map<Integer, Map<String, double[]>> today = new TreeMap<>();
        // census counties that could not be placed on today's boundaries, by prefecture (4 digits): their territory
        // is in some county of today there, so the changes of that prefecture's counties would be wrong
        Map<String, List<String>> unplaced = new TreeMap<>();
        Set<String> apportioned = new HashSet<>();
        for (CensusRecord r : records) {
            if (!Double.isNaN(r.reportedRate())) maxDiff = Math.max(maxDiff, Math.abs(r.rate() - r.reportedRate()));
            counts.merge("records " + r.year(), 1, Integer::sum);
            Crosswalk.Entry e = cw.get(r.year() + "/" + r.code());
            if (e == null) {
                aside.add(SetAside.of(r, "not in the crosswalk file (propose it again or add a row)"));
                counts.merge("set aside " + r.year(), 1, Integer::sum);
                unplaced.computeIfAbsent(r.code().substring(0, 4), k -> new ArrayList<>()).add(r.year() + " " + r.code() + " " + r.name());
                continue;
            }
            methods.computeIfAbsent(r.year(), y -> new EnumMap<>(Crosswalk.Method.class)).merge(e.method(), 1, Integer::sum);
            if (!e.resolved()) {
                aside.add(SetAside.of(r, "no list knows it: " + e.note()));
                counts.merge("set aside " + r.year(), 1, Integer::sum);
                unplaced.computeIfAbsent(r.code().substring(0, 4), k -> new ArrayList<>()).add(r.year() + " " + r.code() + " " + r.name());
                continue;
            }
            if (r.year() == 2020) {
                ranked.add(r);
                provinces.add(e.province());
            }
            if (e.today().isEmpty()) {
                aside.add(SetAside.of(r, "not carried to today's boundaries: " + e.note()));
                counts.merge("not carried to today " + r.year(), 1, Integer::sum);
                unplaced.computeIfAbsent(e.listCode().substring(0, 4), k -> new ArrayList<>()).add(r.year() + " " + r.code() + " " + r.name());
                continue;
            }
            if (e.method() != Crosswalk.Method.LIST) counts.merge("crosswalked " + r.year(), 1, Integer::sum);
            Map<String, double[]> y = today.computeIfAbsent(r.year(), k -> new TreeMap<>());
            e.today().forEach((code, share) -> {
                if (share < 1) apportioned.add(r.year() + "/" + code);
                double[] s = y.computeIfAbsent(code, k -> new double[3]);
                s[0] += share * r.resident();
                s[1] += share * r.urban();
                s[2] += share * (Double.isNaN(r.households()) ? 0 : r.households());
            });
        }
        Ranking r2020 = rank2020(ranked, provinces);
        counts.put("ranked 2020 as reported", r2020.rows().size());
        Ranking change = rankChange(today.getOrDefault(2010, Map.of()), today.getOrDefault(2020, Map.of()), todayNames, aside, counts,
                unplaced, apportioned);
        return new Result(r2020, change, aside, methods, counts, maxDiff);
    }

    private static Ranking rank2020(List<CensusRecord> ranked, List<String> provinces) {
        int n = ranked.size();
        double[] rate = new double[n];
        double[] pop = new double[n];
        for (int i = 0; i < n; i++) {
            rate[i] = ranked.get(i).rate();
            pop[i] = ranked.get(i).resident();
        }
        List<String> codes = ranked.stream().map(CensusRecord::code).toList();
        Evaluated ev = evaluate(codes, RATE, rate, pop, provinces);
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CensusRecord c = ranked.get(i);
            rows.add(new Row(c.code(), c.name(), provinces.get(i), c.resident(), c.urban(), c.households(), rate[i], Double.NaN, Double.NaN,
                    ev.ranks[i], ev.provinceRanks[i], ""));
        }
        Map<String, TheilDecomposition> theil = new LinkedHashMap<>();
        theil.put(RATE + " 2020", ev.theil);
        return new Ranking("2020 as reported", sorted(rows), theil, ev.notes);
    }

    private static Ranking rankChange(Map<String, double[]> y2010, Map<String, double[]> y2020, Map<String, String> names,
                                      List<SetAside> aside, Map<String, Integer> counts, Map<String, List<String>> unplaced,
                                      Set<String> apportioned) {
        List<String> codes = new ArrayList<>();
        List<Row> leftOut = new ArrayList<>();
        Set<String> all = new HashSet<>(y2010.keySet());
        all.addAll(y2020.keySet());
        for (String code : new java.util.TreeSet<>(all)) {
            double[] a = y2010.get(code);
            double[] b = y2020.get(code);
            if (a == null || b == null || !(a[0] > 0) || !(b[0] > 0)) {
                double[] s = a != null ? a : b;
                aside.add(new SetAside(a == null ? 2020 : 2010, code, names.getOrDefault(code, ""), s[0], s[1], s[2],
                        "today's county has figures of " + (a == null ? "2020 only" : "2010 only") + ": no change"));
                counts.merge("today's counties with one census only", 1, Integer::sum);
                leftOut.add(leftOut(code, names, b, a == null || !(a[0] > 0) ? Double.NaN : a[1] / a[0] * 100,
                        "figures of " + (a == null ? "the 2020 census only" : "the 2010 census only") + ": no change"));
                continue;
            }
            List<String> missing = unplaced.get(code.substring(0, 4));
            if (missing != null) {
                aside.add(new SetAside(2020, code, names.getOrDefault(code, ""), b[0], b[1], b[2], "change not computed: census count"
                        + "ies of its prefecture could not be placed on today's boundaries (" + String.join("; ", missing)
                        + "); resolve them in the crosswalk (MANUAL rows)"));
                counts.merge("today's counties left out: prefecture incomplete", 1, Integer::sum);
                leftOut.add(leftOut(code, names, b, a[1] / a[0] * 100, "change not computed: census counties of its prefecture could not be placed"
                        + " on today's boundaries (" + String.join("; ", missing) + ")"));
                continue;
            }
            codes.add(code);
        }
        int n = codes.size();
        double[] r10 = new double[n];
        double[] r20 = new double[n];
        double[] change = new double[n];
        double[] pop20 = new double[n];
        double[] pop10 = new double[n];
        List<String> provinces = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] a = y2010.get(codes.get(i));
            double[] b = y2020.get(codes.get(i));
            r10[i] = a[1] / a[0] * 100;
            r20[i] = b[1] / b[0] * 100;
            change[i] = r20[i] - r10[i];
            pop20[i] = b[0];
            pop10[i] = a[0];
            provinces.add(codes.get(i).substring(0, 2));
        }
        counts.put("today's counties ranked by change", n);
        Evaluated ev = evaluate(codes, CHANGE, change, pop20, provinces);
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] b = y2020.get(codes.get(i));
            String c = codes.get(i);
            String note = apportioned.contains("2010/" + c) || apportioned.contains("2020/" + c)
                    ? "apportioned: part of a split county by the share of its townships (" + (apportioned.contains("2010/" + c) ? "2010" : "")
                      + (apportioned.contains("2010/" + c) && apportioned.contains("2020/" + c) ? ", " : "") + (apportioned.contains("2020/" + c) ? "2020" : "") + ")"
                    : "";
            rows.add(new Row(c, names.getOrDefault(c, ""), provinces.get(i), b[0], b[1], b[2], r20[i], r10[i], change[i],
                    ev.ranks[i], ev.provinceRanks[i], note));
        }
        Disparity d = new Disparity(MissingPolicy.FAIL);
        Grouping g = new Grouping(PROVINCE, provinces);
        Map<String, TheilDecomposition> theil = new LinkedHashMap<>();
        theil.put(RATE + " 2010 on today's boundaries", d.theilDecomposition(RATE, codes, r10, pop10, g, TheilIndex.T));
        theil.put(RATE + " 2020 on today's boundaries", d.theilDecomposition(RATE, codes, r20, pop20, g, TheilIndex.T));
        return new Ranking("change 2010 → 2020 on today's boundaries", sorted(rows), theil, ev.notes, leftOut);
    }

    /** Today's county with figures but no change: its 2020 figures (NaN without them), the 2010 rate, the reason. */
    private static Row leftOut(String code, Map<String, String> names, double[] y2020, double rate2010, String reason) {
        double resident = y2020 == null ? Double.NaN : y2020[0];
        double urban = y2020 == null ? Double.NaN : y2020[1];
        double households = y2020 == null ? Double.NaN : y2020[2];
        return new Row(code, names.getOrDefault(code, ""), code.substring(0, 2), resident, urban, households,
                y2020 == null || !(y2020[0] > 0) ? Double.NaN : y2020[1] / y2020[0] * 100, rate2010, Double.NaN, Double.NaN, Double.NaN, reason);
    }

    private static List<Row> sorted(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows);
        out.sort(java.util.Comparator.comparingDouble(Row::rank).thenComparing(Row::code));
        return out;
    }

    /** The engine's evaluation of a one-indicator plan: national ranks, ranks in the province, weighted Theil. */
    private record Evaluated(double[] ranks, double[] provinceRanks, TheilDecomposition theil, List<String> notes) {
    }

    static Evaluated evaluate(List<String> units, String indicator, double[] x, double[] weights, List<String> provinces) {
        PlanTree tree = new PlanTree("index", List.of(new PlanTree.Dimension("urbanisation", 1,
                List.of(PlanTree.Group.direct("urbanisation", List.of(new PlanTree.Leaf(indicator, Direction.POSITIVE, 1)))))));
        PlanSpec spec = PlanSpec.of(tree, new MinMax(0, 1, ConstantColumn.MIDPOINT), IndicatorWeighting.EQUAL, GroupWeighting.EQUAL,
                AggregationMethod.ARITHMETIC).withDisparity(DisparitySpec.weightedBy(WEIGHT));
        Dataset data = new Dataset(units, List.of(indicator, WEIGHT), new double[][] {x, weights}, List.of(new Grouping(PROVINCE, provinces)));
        PlanResult r = new PlanEvaluator(spec).evaluate(data);
        double[] provinceRanks = r.groupRanks().stream().filter(g -> g.node().equals("index")).findFirst().orElseThrow().ranks();
        TheilDecomposition theil = r.disparity().stream().filter(d -> d.subject().equals(indicator)).findFirst()
                .flatMap(d -> d.byGroup().stream().findFirst()).map(PlanResult.GroupedTheil::decomposition).orElse(null);
        return new Evaluated(r.index().ranks(), provinceRanks, theil, r.notes().stream().map(n -> n.message()).toList());
    }

    /** Today's county names by 6-digit code. */
    static Map<String, String> names(ListChain chain) {
        Map<String, String> m = new HashMap<>();
        chain.today().counties().forEach((code, e) -> m.put(code, e.name()));
        return m;
    }
}
