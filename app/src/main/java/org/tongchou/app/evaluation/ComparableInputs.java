package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
 *                     ({@link RunNote#DERIVED_ON_CURRENT_BOUNDARIES})
 * @param contributors codes of the units (valid in the period) the values came from
 */
record ComparableInputs(Map<String, double[]> columns, List<Map<String, String>> reasons, List<RunNote> notes,
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
        List<RunNote> notes = new ArrayList<>();
        Set<String> contributors = new TreeSet<>();
        for (int t = 0; t < towns.size(); t++) {
            Map<String, String> missing = new LinkedHashMap<>();
            Map<String, SeriesPoint> derivations = new LinkedHashMap<>();
            for (int i = 0; i < indicators.size(); i++) {
                SeriesPoint p = table.get(t * indicators.size() + i).points().get(0);
                if (p.value() == null) {
                    missing.put(indicators.get(i), p.reason());
                    continue;
                }
                columns.get(indicators.get(i))[t] = p.value();
                p.contributions().stream().map(Contribution::unitCode).forEach(contributors::add);
                if (p.method() != SeriesMethod.OBSERVED) derivations.putIfAbsent(describe(p), p);
            }
            reasons.add(missing);
            if (!derivations.isEmpty()) notes.add(note(towns.get(t), period, derivations));
        }
        return new ComparableInputs(columns, reasons, notes, contributors);
    }

    /**
     * A town's derivations in one note: args are the town's name, the period, then per derivation its method
     * and its contributing units ({@code 320582102 金港镇 × 0.3}); the message is the English line.
     */
    private static RunNote note(Town town, Period period, Map<String, SeriesPoint> derivations) {
        List<String> args = new ArrayList<>(List.of(town.name(), period.code()));
        for (SeriesPoint p : derivations.values()) {
            args.add(p.method().name());
            args.add(contributions(p));
        }
        return new RunNote(RunNote.DERIVED_ON_CURRENT_BOUNDARIES, town.code(), args, "on today's boundaries, " + town.name() + " ("
                + town.code() + ") in " + period.code() + ": " + String.join("; ", derivations.keySet()));
    }

    /** The derivation without the per-indicator reason, so that a town's indicators share one line. */
    private static String describe(SeriesPoint p) {
        return new SeriesPoint(p.period(), p.value(), p.method(), p.contributions(), null).derivation();
    }

    /** The contributing units of a point: {@code code name × share} joined by " + ". */
    private static String contributions(SeriesPoint p) {
        String d = describe(p);
        String method = p.method().name();
        return d.startsWith(method + " ") ? d.substring(method.length() + 1) : "";
    }
}
