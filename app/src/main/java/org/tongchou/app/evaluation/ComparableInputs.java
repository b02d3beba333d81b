package org.tongchou.app.evaluation;

import java.util.ArrayList;
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
 * @param columns       raw indicator → one value per town (NaN where the point is missing)
 * @param reasons       "town/indicator" → why the point is missing
 * @param notes         one note per town whose values were not all observed, saying how they were derived
 * @param contributors  codes of the units (valid in the period) the values came from
 */
record ComparableInputs(Map<String, double[]> columns, Map<String, String> reasons, List<String> notes,
                        Set<String> contributors) {

    static ComparableInputs read(SeriesService series, List<Town> towns, Set<String> rawCodes, Period period) {
        List<String> codes = towns.stream().map(Town::code).toList();
        List<ComparableSeries> table = series.table(rawCodes, codes, period, period, SeriesRequest.ValueFilter.APPROVED_ONLY);
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String ind : rawCodes) {
            double[] c = new double[towns.size()];
            java.util.Arrays.fill(c, Double.NaN);
            columns.put(ind, c);
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        Map<String, Set<String>> derivations = new LinkedHashMap<>();
        Set<String> contributors = new TreeSet<>();
        for (ComparableSeries s : table) {
            int town = codes.indexOf(s.unitCode().length() == 12 ? s.unitCode() : townCode(codes, s.unitCode()));
            SeriesPoint p = s.points().get(0);
            String who = towns.get(town).name();
            if (p.value() == null) {
                reasons.put(who + "/" + s.indicatorCode(), p.reason());
                continue;
            }
            columns.get(s.indicatorCode())[town] = p.value();
            p.contributions().stream().map(Contribution::unitCode).forEach(contributors::add);
            if (p.method() != SeriesMethod.OBSERVED) {
                derivations.computeIfAbsent(who + " (" + towns.get(town).code() + ")", k -> new LinkedHashSet<>())
                        .add(describe(p));
            }
        }
        List<String> notes = new ArrayList<>();
        derivations.forEach((who, how) -> notes.add("on today's boundaries, " + who + " in " + period.code()
                + ": " + String.join("; ", how)));
        return new ComparableInputs(columns, reasons, notes, contributors);
    }

    /** The series names its unit by the short code; the run knows towns by the 12-digit code. */
    private static String townCode(List<String> codes, String shortCode) {
        return codes.stream().filter(c -> c.startsWith(shortCode)).findFirst().orElse(shortCode);
    }

    /** The derivation without the per-indicator reason, so that a town's indicators share one line. */
    private static String describe(SeriesPoint p) {
        return new SeriesPoint(p.period(), p.value(), p.method(), p.contributions(), null).derivation();
    }
}
