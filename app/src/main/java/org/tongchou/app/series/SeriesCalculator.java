package org.tongchou.app.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes a comparable series: the values an indicator would have had on one unit's boundaries in
 * every period, whatever the boundaries were then.
 *
 * <p>For each period the unit is expressed by the units valid on the period's reference day
 * ({@link CompositionResolver}: {@code U ≈ Σ fᵢ·Uᵢ}), then the indicator is combined over that
 * composition according to its aggregation rule:
 * <ul>
 * <li>{@code SUM}: {@code Σ fᵢ·x(Uᵢ)} (a merged unit's history is the sum of its predecessors; a split
 * successor gets its share of the predecessor);</li>
 * <li>{@code WEIGHTED_MEAN} by {@code w}: {@code Σ fᵢ·w(Uᵢ)·x(Uᵢ) / Σ fᵢ·w(Uᵢ)} (so an apportioned
 * successor inherits its predecessor's mean); missing if the weights sum to 0;</li>
 * <li>{@code RECOMPUTE}: the formula evaluated over the comparable values of its inputs on the same
 * composition — a ratio is recomputed from summed or apportioned components, never averaged;</li>
 * <li>{@code NONE}: only the unit's own value.</li>
 * </ul>
 * When the unit itself was valid (or only renamed or re-coded) the stored value is used
 * ({@code OBSERVED}); a derived indicator without a stored value is evaluated from its formula.
 * A point is {@code MISSING}, with the reason, when a contributing value is absent (no value is ever
 * imputed), when the change history cannot express the unit, or when a formula gives a non-finite
 * result (e.g. division by zero).
 */
final class SeriesCalculator {
    private static final int MAX_FORMULA_DEPTH = 32;

    private final BoundaryHistory history;
    private final IndicatorRules indicators;
    private final ObservedValues values;
    private final CompositionResolver resolver;

    SeriesCalculator(BoundaryHistory history, IndicatorRules indicators, ObservedValues values) {
        this.history = history;
        this.indicators = indicators;
        this.values = values;
        this.resolver = new CompositionResolver(history);
    }

    ComparableSeries compute(String indicatorCode, HistoricUnit unit, List<SeriesPeriod> periods, ReferenceDay rule) {
        return computeAll(List.of(indicatorCode), unit, periods, rule).get(0);
    }

    /**
     * Several indicators for one unit: the unit's compositions are resolved and the stored values read
     * once for all of them.
     */
    List<ComparableSeries> computeAll(List<String> indicatorCodes, HistoricUnit unit, List<SeriesPeriod> periods, ReferenceDay rule) {
        List<SeriesIndicator> wanted = indicatorCodes.stream().map(indicators::indicator).toList();
        List<Composition> compositions = new ArrayList<>();
        Set<Long> unitIds = new TreeSet<>();
        for (SeriesPeriod p : periods) {
            Composition c = resolver.resolve(unit, p.referenceDay(rule));
            compositions.add(c);
            unitIds.addAll(c.factors().keySet());
        }
        Set<String> closure = new LinkedHashSet<>();
        for (SeriesIndicator indicator : wanted) collectClosure(indicator, closure, 0);
        Map<ObservedValues.Key, Double> observed = unitIds.isEmpty() ? Map.of()
                : values.load(unitIds, closure, periods);
        Evaluation evaluation = new Evaluation(observed);
        List<ComparableSeries> out = new ArrayList<>(wanted.size());
        for (SeriesIndicator indicator : wanted) {
            List<SeriesPoint> points = new ArrayList<>(periods.size());
            for (int i = 0; i < periods.size(); i++) {
                points.add(evaluation.point(indicator, compositions.get(i), periods.get(i)));
            }
            out.add(new ComparableSeries(indicator.code(), unit.code(), unit.name(), points));
        }
        return out;
    }

    private void collectClosure(SeriesIndicator indicator, Set<String> out, int depth) {
        if (!out.add(indicator.code())) return;
        if (depth > MAX_FORMULA_DEPTH) {
            throw new UnknownSeriesInputException("formula of " + indicator.code() + " nests too deep (cycle?)");
        }
        if (indicator.weightIndicator() != null) {
            collectClosure(indicators.indicator(indicator.weightIndicator()), out, depth + 1);
        }
        for (String input : indicator.inputs()) collectClosure(indicators.indicator(input), out, depth + 1);
    }

    /** One value and how it came about, before it becomes a {@link SeriesPoint}. */
    private record Outcome(Double value, SeriesMethod method, String note) {
        static Outcome missing(String reason) {
            return new Outcome(null, SeriesMethod.MISSING, reason);
        }

        boolean isMissing() {
            return value == null;
        }
    }

    private final class Evaluation {
        private final Map<ObservedValues.Key, Double> observed;
        private final Map<Long, HistoricUnit> unitCache = new HashMap<>();

        Evaluation(Map<ObservedValues.Key, Double> observed) {
            this.observed = observed;
        }

        SeriesPoint point(SeriesIndicator indicator, Composition c, SeriesPeriod p) {
            if (c.isFailed()) return new SeriesPoint(p.label(), null, SeriesMethod.MISSING, List.of(), c.failure());
            Outcome o = evaluate(indicator, c, p, 0);
            List<Contribution> contributions = new ArrayList<>();
            c.factors().forEach((id, f) -> contributions.add(unit(id).contribution(f)));
            // in code order, so that a derivation always reads the same (the factors are a hash map)
            contributions.sort(java.util.Comparator.comparing(Contribution::unitCode));
            String note = o.isMissing() || c.note() == null ? o.note()
                    : o.note() == null ? c.note() : o.note() + "; " + c.note();
            return new SeriesPoint(p.label(), o.value(), o.method(), contributions, note);
        }

        private Outcome evaluate(SeriesIndicator ind, Composition c, SeriesPeriod p, int depth) {
            if (depth > MAX_FORMULA_DEPTH) return Outcome.missing("formula of " + ind.code() + " nests too deep");
            if (c.isIdentity()) return own(ind, c.factors().keySet().iterator().next(), p, depth);
            return switch (ind.aggregation()) {
                case SUM -> sum(ind, c, p, depth);
                case WEIGHTED_MEAN -> weightedMean(ind, c, p, depth);
                case RECOMPUTE -> recompute(ind, c, p, depth);
                case NONE -> Outcome.missing(ind.code() + " does not aggregate over units (rule NONE) and the unit"
                        + " did not exist as such in " + p.label());
            };
        }

        /** The unit's own value: stored, or for a derived indicator evaluated from its formula. */
        private Outcome own(SeriesIndicator ind, long unitId, SeriesPeriod p, int depth) {
            Double v = observed.get(new ObservedValues.Key(unitId, ind.code(), p.label()));
            if (v != null) return new Outcome(v, SeriesMethod.OBSERVED, null);
            if (ind.derived()) return recompute(ind, Composition.self(unitId), p, depth);
            return Outcome.missing("no value of " + ind.code() + " for " + unit(unitId).code() + " in " + p.label());
        }

        private Outcome sum(SeriesIndicator ind, Composition c, SeriesPeriod p, int depth) {
            double total = 0;
            for (Map.Entry<Long, Double> e : c.factors().entrySet()) {
                Outcome o = own(ind, e.getKey(), p, depth + 1);
                if (o.isMissing()) return o;
                total += e.getValue() * o.value();
            }
            SeriesMethod method = c.direction() == Composition.Direction.FORWARD && c.allFactorsOne()
                    ? SeriesMethod.SUM_OF_SUCCESSORS
                    : c.allFactorsOne() ? SeriesMethod.SUM_OF_PREDECESSORS : SeriesMethod.APPORTIONED_FROM;
            return new Outcome(total, method, null);
        }

        private Outcome weightedMean(SeriesIndicator ind, Composition c, SeriesPeriod p, int depth) {
            if (ind.weightIndicator() == null) return Outcome.missing(ind.code() + " has no weight indicator");
            SeriesIndicator weight = indicators.indicator(ind.weightIndicator());
            double num = 0;
            double den = 0;
            for (Map.Entry<Long, Double> e : c.factors().entrySet()) {
                Outcome x = own(ind, e.getKey(), p, depth + 1);
                if (x.isMissing()) return x;
                Outcome w = own(weight, e.getKey(), p, depth + 1);
                if (w.isMissing()) return w;
                num += e.getValue() * w.value() * x.value();
                den += e.getValue() * w.value();
            }
            if (den == 0) return Outcome.missing("the weights (" + weight.code() + ") sum to 0 in " + p.label());
            return new Outcome(num / den, SeriesMethod.WEIGHTED_MEAN_OF_CONTRIBUTORS, "weighted by " + weight.code());
        }

        private Outcome recompute(SeriesIndicator ind, Composition c, SeriesPeriod p, int depth) {
            if (!ind.derived()) {
                return Outcome.missing(ind.code() + " has rule RECOMPUTE but no formula");
            }
            Map<String, Double> inputs = new HashMap<>();
            for (String code : ind.inputs()) {
                Outcome o = evaluate(indicators.indicator(code), c, p, depth + 1);
                if (o.isMissing()) return o;
                inputs.put(code, o.value());
            }
            double v = ind.formula().evaluate(inputs);
            if (!Double.isFinite(v)) {
                return Outcome.missing("formula of " + ind.code() + " gives no finite value from " + new java.util.TreeMap<>(inputs));
            }
            return new Outcome(v, SeriesMethod.RECOMPUTED_FROM_COMPONENTS, "from " + String.join(", ", new TreeSet<>(ind.inputs())));
        }

        private HistoricUnit unit(long id) {
            return unitCache.computeIfAbsent(id, history::unit);
        }
    }
}
