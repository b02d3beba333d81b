package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tongchou.app.periods.Period;
import org.tongchou.app.series.ComparableSeries;
import org.tongchou.app.series.Contribution;
import org.tongchou.app.series.SeriesMethod;
import org.tongchou.app.series.SeriesPoint;
import org.tongchou.app.series.SeriesRequest;
import org.tongchou.app.series.SeriesService;

/**
 * The raw inputs of a run on today's boundaries ({@link PlanBoundaries#CURRENT}): for each town and raw
 * indicator the point of its comparable series in the period, from approved values only.
 *
 * @param columns      raw indicator → one value per town (NaN where the point is missing)
 * @param reasons      per town (in the run's order), raw indicator → why its point is missing
 * @param notes        one note per town whose values were not all observed, saying how they were derived
 * @param contributors codes of the units (valid in the period) the values came from
 */
record ComparableInputs(Map<String, double[]> columns, List<Map<String, String>> reasons, List<String> notes,
                        Set<String> contributors) {

    static ComparableInputs read(SeriesService series, List<Town> towns, Set<String> rawCodes, Period period) {
        List<String> indicators = List.copyOf(rawCodes);
        // one series per town and indicator, towns in the order given, indicators within each town
        List<ComparableSeries> table = series.table(indicators, towns.stream().map(Town::code).toList(), period, period,
                SeriesRequest.ValueFilter.APPROVED_ONLY);
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String ind : indicators) {
            double[] c = new double[towns.size()];
            Arrays.fill(c, Double.NaN);
            columns.put(ind, c);
        }
        List<Map<String, String>> reasons = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> contributors = new TreeSet<>();
        for (int t = 0; t < towns.size(); t++) {
            Map<String, String> missing = new LinkedHashMap<>();
            Set<String> derivations = new LinkedHashSet<>();
            for (int i = 0; i < indicators.size(); i++) {
                SeriesPoint p = table.get(t * indicators.size() + i).points().get(0);
                if (p.value() == null) {
                    missing.put(indicators.get(i), p.reason());
                    continue;
                }
                columns.get(indicators.get(i))[t] = p.value();
                p.contributions().stream().map(Contribution::unitCode).forEach(contributors::add);
                if (p.method() != SeriesMethod.OBSERVED) derivations.add(describe(p));
            }
            reasons.add(missing);
            if (!derivations.isEmpty()) {
                notes.add("on today's boundaries, " + towns.get(t).name() + " (" + towns.get(t).code() + ") in " + period.code()
                        + ": " + String.join("; ", derivations));
            }
        }
        return new ComparableInputs(columns, reasons, notes, contributors);
    }

    /** The derivation without the per-indicator reason, so that a town's indicators share one line. */
    private static String describe(SeriesPoint p) {
        return new SeriesPoint(p.period(), p.value(), p.method(), p.contributions(), null).derivation();
    }
}
