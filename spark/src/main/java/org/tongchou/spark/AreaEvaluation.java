package org.tongchou.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.plan.PlanEvaluator;
import org.tongchou.engine.plan.PlanNote;
import org.tongchou.engine.plan.PlanResult;

/**
 * One evaluation of the plan: the panel's rows of one area in one period become the engine's
 * {@link Dataset} (units in code order, indicators as columns, a missing value NaN, the grouping columns as
 * {@link Grouping}s), the engine's {@link PlanEvaluator} evaluates it, and every figure of its
 * {@link PlanResult} is emitted as {@link ResultRows}. Nothing is computed here but the engine's result and
 * two sums per subject for the national Theil ({@link ResultRows.Kind#THEIL_PART}: Σ w·x and Σ w over the
 * units with a value, w the plan's disparity weight or 1).
 *
 * <p>Input problems of an area (a missing indicator, missing values the plan does not impute) do not stop
 * the other areas: the area's evaluation is refused with a note naming every problem, as the engine
 * reports it.
 */
final class AreaEvaluation implements FlatMapGroupsFunction<String, Row, Row> {
    /** Separates period and area in the grouping key. */
    static final char KEY_SEPARATOR = '\u001f';
    private final PlanSource plan;
    private final List<String> groupings;
    /** The wide rows' indicators ({@link WideRows}), or null for long-form rows. */
    private final List<String> wide;

    /**
     * @param plan      the plan
     * @param groupings the panel's grouping columns the engine should see (ranks within groups, Theil by group)
     * @param wide      null: the rows are the long-form panel's; else they are {@link WideRows} of these indicators
     */
    AreaEvaluation(PlanSource plan, List<String> groupings, List<String> wide) {
        this.plan = plan;
        this.groupings = List.copyOf(groupings);
        this.wide = wide == null ? null : List.copyOf(wide);
    }

    static String key(String period, String area) {
        return period + KEY_SEPARATOR + area;
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> rows) {
        int sep = key.indexOf(KEY_SEPARATOR);
        String period = key.substring(0, sep);
        String area = key.substring(sep + 1);
        Dataset data = wide == null ? dataset(rows, groupings) : WideRows.dataset(rows, wide, groupings);
        List<Row> out = new ArrayList<>();
        PlanResult r;
        try {
            r = plan.evaluator().evaluate(data);
        } catch (RuntimeException e) {
            out.add(ResultRows.note(period, area, "", "REFUSED", e.getMessage()));
            return out.iterator();
        }
        emit(period, area, data, r, out);
        return out.iterator();
    }

    /**
     * The rows of one area and period as the engine's table; holds one array of values per unit, never
     * the rows (an area of a national panel has millions).
     */
    static Dataset dataset(Iterator<Row> rows, List<String> groupings) {
        Map<String, Integer> indicatorIndex = new HashMap<>();
        TreeMap<String, double[]> byUnit = new TreeMap<>();
        Map<String, String[]> labels = new HashMap<>();
        int cUnit = -1;
        int cIndicator = -1;
        int cValue = -1;
        int[] cGroup = new int[groupings.size()];
        while (rows.hasNext()) {
            Row r = rows.next();
            if (cUnit < 0) { // the columns' positions, once (a lookup by name per value costs more than the evaluation)
                cUnit = r.fieldIndex(Panel.UNIT);
                cIndicator = r.fieldIndex(Panel.INDICATOR);
                cValue = r.fieldIndex(Panel.VALUE);
                for (int g = 0; g < cGroup.length; g++) cGroup[g] = r.fieldIndex(groupings.get(g));
            }
            String unit = r.getString(cUnit);
            String indicator = r.getString(cIndicator);
            Integer j = indicatorIndex.get(indicator);
            if (j == null) {
                j = indicatorIndex.size();
                indicatorIndex.put(indicator, j);
            }
            double[] v = byUnit.get(unit);
            if (v == null) {
                v = new double[Math.max(8, indicatorIndex.size())];
                Arrays.fill(v, Double.NaN);
                byUnit.put(unit, v);
                String[] l = new String[groupings.size()];
                for (int g = 0; g < l.length; g++) l[g] = r.isNullAt(cGroup[g]) ? null : String.valueOf(r.get(cGroup[g]));
                labels.put(unit, l);
            }
            if (j >= v.length) {
                int old = v.length;
                v = Arrays.copyOf(v, Math.max(j + 1, 2 * old));
                Arrays.fill(v, old, v.length, Double.NaN);
                byUnit.put(unit, v);
            }
            v[j] = r.isNullAt(cValue) ? Double.NaN : ((Number) r.get(cValue)).doubleValue();
        }
        List<String> indicators = new ArrayList<>(indicatorIndex.size());
        for (int j = 0; j < indicatorIndex.size(); j++) indicators.add(null);
        indicatorIndex.forEach((code, j) -> indicators.set(j, code));
        boolean[] present = new boolean[indicators.size()];
        Arrays.fill(present, true);
        return table(indicators, present, byUnit, labels, groupings);
    }

    /**
     * The engine's table of one area and period, the one place both row forms ({@link #dataset}, {@link WideRows#dataset})
     * build it: units in code order; as columns, in code order, the indicators of which some unit of the area has a row
     * ({@code present}: a row whose value is null counts, so that the engine reports missing values rather than a
     * missing indicator, as it does on the long form); a missing value NaN; the groupings' labels ("" for none).
     *
     * @param indicators the indicator of each position of the units' arrays (in any order)
     * @param present    per position, whether any unit has a row of it
     * @param byUnit     each unit's values by position (an array shorter than {@code indicators}: NaN beyond it)
     * @param labels     each unit's grouping labels (null for none)
     */
    static Dataset table(List<String> indicators, boolean[] present, SortedMap<String, double[]> byUnit, Map<String, String[]> labels,
                         List<String> groupings) {
        List<String> units = new ArrayList<>(byUnit.keySet());
        List<Integer> columns = new ArrayList<>();
        for (int j = 0; j < indicators.size(); j++) if (present[j]) columns.add(j);
        columns.sort(java.util.Comparator.comparing(indicators::get));
        double[][] cols = new double[columns.size()][units.size()];
        List<String> codes = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            int j = columns.get(c);
            codes.add(indicators.get(j));
            int i = 0;
            for (double[] v : byUnit.values()) cols[c][i++] = j < v.length ? v[j] : Double.NaN;
        }
        List<Grouping> gs = new ArrayList<>();
        for (int g = 0; g < groupings.size(); g++) {
            List<String> l = new ArrayList<>(units.size());
            for (String u : units) {
                String label = labels.get(u)[g];
                l.add(label == null ? "" : label);
            }
            gs.add(new Grouping(groupings.get(g), l));
        }
        return new Dataset(units, codes, cols, gs);
    }

    private void emit(String period, String area, Dataset data, PlanResult r, List<Row> out) {
        List<String> units = r.units();
        for (PlanResult.ScoredNode n : r.nodes()) {
            out.add(ResultRows.weight(period, area, n.code(), n.kind().name(), n.weight(), n.effective()));
            for (int i = 0; i < units.size(); i++) {
                out.add(ResultRows.score(period, area, units.get(i), n.code(), n.kind().name(), n.scores()[i],
                        n.raw() == null ? null : n.raw()[i], n.ranks()[i]));
            }
        }
        Map<String, List<String>> labels = new HashMap<>();
        for (Grouping g : data.groupings()) labels.put(g.name(), g.labels());
        for (PlanResult.GroupRanks g : r.groupRanks()) {
            List<String> l = labels.get(g.grouping());
            for (int i = 0; i < units.size(); i++) {
                out.add(ResultRows.groupRank(period, area, units.get(i), g.node(), g.grouping(), l.get(i), g.ranks()[i]));
            }
        }
        String wc = plan.weightColumn();
        double[] w = wc == null ? null : data.column(wc);
        for (PlanResult.DisparityRow d : r.disparity()) {
            out.add(ResultRows.disparity(period, area, d.subject(), d.cv(), d.gini(), d.theil()));
            for (PlanResult.GroupedTheil t : d.byGroup()) {
                out.add(ResultRows.groupedTheil(period, area, d.subject(), t.grouping(), t.decomposition().total(),
                        t.decomposition().between(), t.decomposition().within()));
            }
        }
        for (PlanResult.ScoredNode n : r.nodes()) {
            PlanResult.DisparityRow d = r.disparity().stream().filter(x -> x.subject().equals(n.code())).findFirst().orElse(null);
            double[] x = n.kind() == PlanResult.NodeKind.INDICATOR ? n.raw() : n.scores();
            double y = 0;
            double p = 0;
            for (int i = 0; i < x.length; i++) {
                if (Double.isNaN(x[i])) continue;
                double wi = w == null ? 1 : w[i];
                y += wi * x[i];
                p += wi;
            }
            out.add(ResultRows.theilPart(period, area, n.code(), d == null ? Double.NaN : d.theil(), y, p));
        }
        PlanResult.Coupling c = r.coupling();
        if (c != null) {
            for (int i = 0; i < units.size(); i++) {
                String u = units.get(i);
                for (int k = 0; k < c.subsystems().size(); k++) {
                    out.add(ResultRows.score(period, area, u, COUPLING_U + c.subsystems().get(k), COUPLING, c.scores()[k][i], null, Double.NaN));
                }
                out.add(ResultRows.score(period, area, u, "C", COUPLING, c.coupling()[i], null, Double.NaN));
                out.add(ResultRows.score(period, area, u, "T", COUPLING, c.development()[i], null, Double.NaN));
                out.add(ResultRows.score(period, area, u, "D", COUPLING, c.coordination()[i], c.classIndex()[i] < 0 ? null : (double) c.classIndex()[i],
                        Double.NaN));
            }
        }
        for (PlanNote note : r.notes()) out.add(ResultRows.note(period, area, note.subject(), note.kind().name(), note.message()));
    }

    /**
     * The node kind of the coupling figures among the score rows: per unit {@code U.<subsystem>} (each subsystem's U),
     * {@code C}, {@code T} and {@code D} (its class in the plan's classes as {@code raw}, 0-based; null for none), rank NaN.
     */
    static final String COUPLING = "COUPLING";
    static final String COUPLING_U = "U.";
}
