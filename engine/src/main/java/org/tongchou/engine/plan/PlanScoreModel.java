package org.tongchou.engine.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.EngineInputException;
import org.tongchou.engine.normalise.Normaliser;
import org.tongchou.engine.prepare.ImputationSpec;
import org.tongchou.engine.robustness.Assumption;
import org.tongchou.engine.robustness.Choice;
import org.tongchou.engine.robustness.NoisyWeights;
import org.tongchou.engine.robustness.Scenario;
import org.tongchou.engine.robustness.ScoreModel;

/**
 * A plan's index scores as a {@code ScoreModel} for the engine's {@code MonteCarlo}: every replication
 * evaluates the plan with the alternatives its {@code Scenario} selects, exactly as {@link PlanEvaluator}
 * does (same normalisation, weighting and aggregation code), so the nominal scenario reproduces the
 * plan's own index to the last bit.
 *
 * <p>A geometric or harmonic mean that is not the plan's own (another aggregation, or the plan's aggregation
 * over another normalisation) aggregates the normalised values mapped into [floor, 1]
 * ({@link RobustnessSpec#geometricFloor()}): on [0, 1] the worst unit on any single indicator would get 0
 * for its whole branch, an alternative no analyst would choose.
 *
 * <p>Normalised values and relative weights depend only on the discrete choices (imputation,
 * normalisation, indicator and group weighting), so they are computed once per combination when the model
 * is built; a replication then only multiplies the weights by its noise and aggregates. Building the
 * model also tries every combination: an alternative that cannot be evaluated on these data (e.g. CRITIC
 * with a constant indicator) is left out with a note, the plan's own values never (a plan that cannot be
 * evaluated is refused before). Combinations are tried by the number of alternatives they change, fewest
 * first, and a failing one drops its first non-nominal alternative in the order imputation,
 * normalisation, indicator weighting, group weighting.
 *
 * <p>Thread-safe: after construction the model only reads its tables.
 */
public final class PlanScoreModel implements ScoreModel {
    private final PlanEvaluator evaluator;
    private final List<String> units;
    private final List<Alternative<ImputationSpec>> imputations;
    private final List<Alternative<Normaliser>> normalisations;
    private final List<IndicatorWeighting> indicatorWeightings;
    private final List<GroupWeighting> groupWeightings;
    private final List<AggregationMethod> aggregations;
    private final Map<List<Integer>, Prepared> prepared = new HashMap<>();
    private final List<Assumption<?>> assumptions = new ArrayList<>();
    private final List<PlanNote> notes = new ArrayList<>();
    private final int[] noisy;
    private final double floor;
    private Choice<Alternative<ImputationSpec>> imputation;
    private Choice<Alternative<Normaliser>> normalisation;
    private Choice<IndicatorWeighting> indicatorWeighting;
    private Choice<GroupWeighting> groupWeighting;
    private Choice<AggregationMethod> aggregation;
    private NoisyWeights noise;

    /** A combination's normalised values, the same mapped into [floor, 1] for other means, and its weights. */
    private record Prepared(double[][] normalised, double[][] floored, double[] relative) {
    }

    /** Stands for "no imputation" when the plan does not impute (its value is never read). */
    private static final Alternative<ImputationSpec> NO_IMPUTATION =
            new Alternative<>("NONE", ImputationSpec.of(org.tongchou.engine.prepare.ImputationMethod.MEAN));

    /** Seed of the noise pool: derived from the design's seed so that the two streams are not the same numbers. */
    static long noiseSeed(long seed) {
        return seed ^ 0x9E3779B97F4A7C15L;
    }

    /**
     * @param evaluator the plan (its own choices are the nominal values)
     * @param data      the data the plan is evaluated on
     * @param spec      the alternatives and the noise
     * @throws PlanInputException when the plan itself cannot be evaluated on {@code data}
     */
    public PlanScoreModel(PlanEvaluator evaluator, Dataset data, RobustnessSpec spec) {
        this.evaluator = evaluator;
        PlanSpec plan = evaluator.spec();
        this.units = data.units();
        // a plan that does not impute has nothing to vary here: its data are complete
        this.imputations = plan.imputation() == null ? new ArrayList<>(List.of(NO_IMPUTATION))
                : nominalFirst(spec.imputations(), new Alternative<>(plan.imputation().method().name(), plan.imputation()));
        this.normalisations = nominalFirst(spec.normalisations(), RobustnessSpec.alternative(plan.normaliser()));
        this.indicatorWeightings = nominalFirst(spec.indicatorWeightings(), plan.indicatorWeighting());
        this.groupWeightings = nominalFirst(spec.groupWeightings(), plan.groupWeighting());
        this.aggregations = nominalFirst(spec.aggregations(), plan.aggregation());
        this.floor = spec.geometricFloor();
        prepareAll(data);
        this.noisy = evaluator.aggregatePositions();
        defineAssumptions(spec);
    }

    private static <T> List<T> nominalFirst(List<T> given, T nominal) {
        List<T> out = new ArrayList<>(given);
        out.remove(nominal);
        out.add(0, nominal);
        return out;
    }

    private static <T> List<Alternative<T>> nominalFirst(List<Alternative<T>> given, Alternative<T> nominal) {
        List<Alternative<T>> out = new ArrayList<>(given);
        out.removeIf(a -> a.value().equals(nominal.value()) || a.label().equals(nominal.label()));
        out.add(0, nominal);
        return out;
    }

    /** Every combination of the discrete alternatives, evaluated once; alternatives that fail are dropped. */
    private void prepareAll(Dataset data) {
        while (true) {
            List<List<Integer>> failed = new ArrayList<>();
            Map<List<Integer>, String> reasons = new HashMap<>();
            for (List<Integer> key : combinations()) {
                if (prepared.containsKey(key)) continue;
                try {
                    prepared.put(key, prepare(data, key));
                } catch (EngineInputException e) {
                    // the engine refused this combination's input (typed refusal): the alternative is left out below
                    if (key.stream().allMatch(k -> k == 0)) throw e;
                    failed.add(key);
                    reasons.put(key, e.getMessage());
                }
            }
            if (failed.isEmpty()) return;
            failed.sort((a, b) -> Long.compare(changed(a), changed(b)));
            drop(failed.get(0), reasons.get(failed.get(0)));
        }
    }

    private static long changed(List<Integer> key) {
        return key.stream().filter(k -> k != 0).count();
    }

    private List<List<Integer>> combinations() {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < imputations.size(); i++) {
            for (int n = 0; n < normalisations.size(); n++) {
                for (int w = 0; w < indicatorWeightings.size(); w++) {
                    for (int g = 0; g < groupWeightings.size(); g++) out.add(List.of(i, n, w, g));
                }
            }
        }
        return out;
    }

    private Prepared prepare(Dataset data, List<Integer> key) {
        PlanSpec plan = evaluator.spec();
        PlanSpec variant = plan.withImputation(plan.imputation() == null ? null : imputations.get(key.get(0)).value())
                .withNormaliser(normalisations.get(key.get(1)).value())
                .withIndicatorWeighting(indicatorWeightings.get(key.get(2)))
                .withGroupWeighting(groupWeightings.get(key.get(3)));
        PlanEvaluator e = new PlanEvaluator(variant);
        Dataset inputs = e.inputs(data, new ArrayList<>());
        double[][] normalised = e.normalise(inputs).columns();
        PlanWeighting.Outcome w = PlanWeighting.compute(variant, e.framework(), inputs.units(), normalised);
        return new Prepared(normalised, floored(normalised), w.relative());
    }

    /** Drops the first non-nominal alternative of a failed combination, and every prepared combination using it. */
    private void drop(List<Integer> key, String reason) {
        int a = 0;
        while (key.get(a) == 0) a++;
        int k = key.get(a);
        String label;
        switch (a) {
            case 0 -> label = imputations.remove(k).label();
            case 1 -> label = normalisations.remove(k).label();
            case 2 -> label = indicatorWeightings.remove(k).name();
            default -> label = groupWeightings.remove(k).name();
        }
        PlanAssumption which = new PlanAssumption[] {PlanAssumption.IMPUTATION, PlanAssumption.NORMALISATION,
                PlanAssumption.INDICATOR_WEIGHTING, PlanAssumption.GROUP_WEIGHTING}[a];
        notes.add(PlanNote.of(NoteKind.ALTERNATIVE_LEFT_OUT, which.name(), "robustness: alternative " + label + " of "
                + which + " left out: " + reason, which, label, reason));
        // positions after the removed one shift: forget everything prepared and try again
        prepared.clear();
    }

    private void defineAssumptions(RobustnessSpec spec) {
        if (imputations.size() > 1) assumptions.add(imputation = new Choice<>(PlanAssumption.IMPUTATION.name(), imputations, imputations.get(0)));
        if (normalisations.size() > 1) {
            assumptions.add(normalisation = new Choice<>(PlanAssumption.NORMALISATION.name(), normalisations, normalisations.get(0)));
        }
        if (indicatorWeightings.size() > 1) {
            assumptions.add(indicatorWeighting = new Choice<>(PlanAssumption.INDICATOR_WEIGHTING.name(), indicatorWeightings,
                    indicatorWeightings.get(0)));
        }
        if (groupWeightings.size() > 1) {
            assumptions.add(groupWeighting = new Choice<>(PlanAssumption.GROUP_WEIGHTING.name(), groupWeightings, groupWeightings.get(0)));
        }
        if (aggregations.size() > 1) {
            assumptions.add(aggregation = new Choice<>(PlanAssumption.AGGREGATION.name(), aggregations, aggregations.get(0)));
        }
        if (spec.weightNoise() > 0 && noisy.length > 0) {
            double[] ones = new double[noisy.length];
            Arrays.fill(ones, 1.0);
            double[] delta = new double[noisy.length];
            Arrays.fill(delta, spec.weightNoise());
            assumptions.add(noise = new NoisyWeights(PlanAssumption.WEIGHT_NOISE.name(), ones, delta, spec.noisePool(), noiseSeed(spec.seed())));
        }
    }

    /**
     * The varied assumptions, in design column order, for {@code MonteCarlo}.
     *
     * @return a copy of the list
     */
    public List<Assumption<?>> assumptions() {
        return List.copyOf(assumptions);
    }

    /**
     * Alternatives left out, with their reasons.
     *
     * @return a copy of the notes
     */
    public List<PlanNote> notes() {
        return List.copyOf(notes);
    }

    /**
     * The units, in the order of the scores.
     *
     * @return unit codes
     */
    public List<String> units() {
        return units;
    }

    /**
     * The alternatives kept for an assumption, as their codes (the plan's own first).
     *
     * @param a the assumption
     * @return the codes; empty for an assumption that is not varied
     */
    public List<String> alternatives(PlanAssumption a) {
        return switch (a) {
            case IMPUTATION -> imputations.stream().map(Alternative::label).toList();
            case NORMALISATION -> normalisations.stream().map(Alternative::label).toList();
            case INDICATOR_WEIGHTING -> indicatorWeightings.stream().map(Enum::name).toList();
            case GROUP_WEIGHTING -> groupWeightings.stream().map(Enum::name).toList();
            case AGGREGATION -> aggregations.stream().map(Enum::name).toList();
            case WEIGHT_NOISE -> noise == null ? List.of() : List.of("NOISE");
        };
    }

    @Override
    public double[] scores(Scenario scenario) {
        List<Integer> key = List.of(index(imputation, imputations, scenario), index(normalisation, normalisations, scenario),
                index(indicatorWeighting, indicatorWeightings, scenario), index(groupWeighting, groupWeightings, scenario));
        Prepared p = prepared.get(key);
        double[] w = p.relative();
        if (noise != null) {
            w = w.clone();
            double[] factor = scenario.get(noise);
            for (int k = 0; k < noisy.length; k++) w[noisy[k]] *= factor[k];
        }
        AggregationMethod method = aggregation == null ? aggregations.get(0) : scenario.get(aggregation);
        boolean own = key.get(1) == 0 && method == aggregations.get(0);
        double[][] values = method == AggregationMethod.ARITHMETIC || own || p.floored() == null ? p.normalised() : p.floored();
        return evaluator.aggregate(values, w, method, units)[evaluator.rootPosition()];
    }

    /**
     * y ↦ floor + (1 − floor)·y, for geometric and harmonic means that are not the plan's own (null without a
     * floor, or when the plan's own normalisation leaves [0, 1] and the map would not keep values positive).
     */
    private double[][] floored(double[][] normalised) {
        if (floor == 0) return null;
        double[][] out = new double[normalised.length][];
        for (int j = 0; j < out.length; j++) {
            double[] x = normalised[j];
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                if (!(x[i] >= 0 && x[i] <= 1 + 1e-9)) return null;
                y[i] = floor + (1 - floor) * Math.min(1, x[i]);
            }
            out[j] = y;
        }
        return out;
    }

    private static <T> int index(Choice<T> choice, List<T> values, Scenario scenario) {
        return choice == null ? 0 : values.indexOf(scenario.get(choice));
    }
}
