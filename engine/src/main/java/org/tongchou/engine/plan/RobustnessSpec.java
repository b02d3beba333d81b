package org.tongchou.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.normalise.Normaliser;
import org.tongchou.engine.normalise.PercentileRank;
import org.tongchou.engine.normalise.TieMethod;
import org.tongchou.engine.prepare.ImputationMethod;
import org.tongchou.engine.prepare.ImputationSpec;

/**
 * What a robustness analysis of a plan varies, and how much: the alternatives of each of the plan's
 * choices (the plan's own value first), noise on the weights, the number of replications and the seed.
 * An assumption with a single alternative is not varied.
 *
 * @param imputations         imputation alternatives (read only when the plan imputes)
 * @param normalisations      normalisation alternatives
 * @param indicatorWeightings indicator weighting alternatives
 * @param groupWeightings     dimension and group weighting alternatives
 * @param aggregations        aggregation alternatives
 * @param geometricFloor      a geometric or harmonic mean in a replication that is not the plan's own (another
 *                            aggregation, or another normalisation) aggregates the normalised values mapped
 *                            linearly from [0, 1] into [floor, 1]: at 0 the worst unit on any one indicator would
 *                            zero its whole branch, which no analyst would choose (COINr's example pairs its
 *                            geometric alternative with min-max [1, 100], floor 0.01); 0 = no mapping
 * @param weightNoise         δ: each dimension and group weight is multiplied by U(1 − δ, 1 + δ) (COINr's noisy
 *                            weights; its example perturbs these levels by ±25 %); 0 = no noise
 * @param noisePool           number of noisy weight vectors drawn (COINr's {@code Nrep})
 * @param replications        independent replications whose ranks give the intervals (2N of the Saltelli design;
 *                            the sensitivity indices cost N(d + 2) model runs for d varied assumptions); even, ≥ 4
 * @param seed                seed of the design and of the noise: equal seeds give equal results
 * @param parallelism         threads (the result does not depend on it)
 */
public record RobustnessSpec(List<Alternative<ImputationSpec>> imputations, List<Alternative<Normaliser>> normalisations,
                             List<IndicatorWeighting> indicatorWeightings, List<GroupWeighting> groupWeightings,
                             List<AggregationMethod> aggregations, double geometricFloor, double weightNoise, int noisePool, int replications,
                             long seed, int parallelism) {

    /** Replications by default: 1,000 independent draws for the rank intervals. */
    public static final int DEFAULT_REPLICATIONS = 1000;

    /**
     * Checks and copies the components.
     *
     * @param imputations         imputation alternatives (read only when the plan imputes)
     * @param normalisations      normalisation alternatives
     * @param indicatorWeightings indicator weighting alternatives
     * @param groupWeightings     dimension and group weighting alternatives
     * @param aggregations        aggregation alternatives
     * @param geometricFloor      a geometric or harmonic mean in a replication that is not the plan's own (another aggregation, or another normalisation) aggregates the normalised values mapped linearly from [0, 1] into [floor, 1]: at 0 the worst unit on any one indicator would zero its whole branch, which no analyst would choose (COINr's example pairs its geometric alternative with min-max [1, 100], floor 0.01); 0 = no mapping
     * @param weightNoise         δ: each dimension and group weight is multiplied by U(1 − δ, 1 + δ) (COINr's noisy weights; its example perturbs these levels by ±25 %); 0 = no noise
     * @param noisePool           number of noisy weight vectors drawn (COINr's {@code Nrep})
     * @param replications        independent replications whose ranks give the intervals (2N of the Saltelli design; the sensitivity indices cost N(d + 2) model runs for d varied assumptions); even, ≥ 4
     * @param seed                seed of the design and of the noise: equal seeds give equal results
     * @param parallelism         threads (the result does not depend on it)
     * @throws org.tongchou.engine.data.InvalidInputException for an assumption without alternative, a floor, noise, pool,
     *         replications or parallelism out of range
     */
    public RobustnessSpec {
        imputations = List.copyOf(imputations);
        normalisations = List.copyOf(normalisations);
        indicatorWeightings = List.copyOf(indicatorWeightings);
        groupWeightings = List.copyOf(groupWeightings);
        aggregations = List.copyOf(aggregations);
        if (normalisations.isEmpty() || indicatorWeightings.isEmpty() || groupWeightings.isEmpty() || aggregations.isEmpty()) {
            throw new InvalidInputException("robustness: every assumption needs at least one alternative (the plan's own)");
        }
        if (!(geometricFloor >= 0 && geometricFloor < 1)) {
            throw new InvalidInputException("robustness: geometric floor " + geometricFloor + " is not in [0, 1)");
        }
        if (!(weightNoise >= 0 && weightNoise <= 1)) throw new InvalidInputException("robustness: weight noise " + weightNoise + " is not in [0, 1]");
        if (noisePool < 1) throw new InvalidInputException("robustness: noise pool " + noisePool + " < 1");
        if (replications < 4 || replications % 2 != 0) {
            throw new InvalidInputException("robustness: replications must be even and at least 4, got " + replications);
        }
        if (parallelism < 1) throw new InvalidInputException("robustness: parallelism " + parallelism + " < 1");
    }

    /**
     * The reasonable alternatives of the plan's own choices, each list starting with the plan's value:
     * normalisation min-max [0, 1], min-max [0.0001, 1] and percentile rank [0, 1] (COINr's {@code n_prank});
     * indicator weighting equal, entropy and CRITIC (and the plan's); dimension and group weighting equal and
     * the tree's (and the plan's); arithmetic and geometric aggregation (a geometric alternative on the values
     * mapped into [0.01, 1], as COINr pairs it with min-max [1, 100]); mean and median imputation when the
     * plan imputes; weight noise ±25 % on dimensions and groups from a pool of 1,000 vectors.
     *
     * @param replications independent replications (e.g. {@link #DEFAULT_REPLICATIONS})
     * @param seed         the seed
     * @param parallelism  threads
     * @param plan         the plan whose choices are the nominal alternatives
     * @return the analysis
     */
    public static RobustnessSpec defaults(PlanSpec plan, int replications, long seed, int parallelism) {
        List<Alternative<Normaliser>> norms = new ArrayList<>();
        add(norms, alternative(plan.normaliser()));
        add(norms, alternative(new MinMax(0, 1, ConstantColumn.MIDPOINT)));
        add(norms, alternative(new MinMax(0.0001, 1, ConstantColumn.MIDPOINT)));
        add(norms, alternative(new PercentileRank(TieMethod.MIN, PercentileRank.Convention.ZERO_TO_ONE)));
        List<IndicatorWeighting> iw = distinct(plan.indicatorWeighting(), IndicatorWeighting.EQUAL, IndicatorWeighting.ENTROPY,
                IndicatorWeighting.CRITIC);
        List<GroupWeighting> gw = distinct(plan.groupWeighting(), GroupWeighting.EQUAL, GroupWeighting.FIXED);
        List<AggregationMethod> agg = distinct(plan.aggregation(), AggregationMethod.ARITHMETIC, AggregationMethod.GEOMETRIC);
        List<Alternative<ImputationSpec>> imp = new ArrayList<>();
        if (plan.imputation() != null) {
            add(imp, new Alternative<>(plan.imputation().method().name(), plan.imputation()));
            add(imp, new Alternative<>(ImputationMethod.MEAN.name(), ImputationSpec.of(ImputationMethod.MEAN)));
            add(imp, new Alternative<>(ImputationMethod.MEDIAN.name(), ImputationSpec.of(ImputationMethod.MEDIAN)));
        }
        return new RobustnessSpec(imp, norms, iw, gw, agg, 0.01, 0.25, 1000, replications, seed, parallelism);
    }

    /**
     * The same analysis with another seed.
     *
     * @param s the seed
     * @return the analysis
     */
    public RobustnessSpec withSeed(long s) {
        return new RobustnessSpec(imputations, normalisations, indicatorWeightings, groupWeightings, aggregations, geometricFloor, weightNoise,
                noisePool, replications, s, parallelism);
    }

    /**
     * The same analysis with another number of replications.
     *
     * @param r the number of replications, even and at least 4
     * @return the analysis
     */
    public RobustnessSpec withReplications(int r) {
        return new RobustnessSpec(imputations, normalisations, indicatorWeightings, groupWeightings, aggregations, geometricFloor, weightNoise,
                noisePool, r, seed, parallelism);
    }

    /**
     * A normaliser with the code that names it: {@code MIN_MAX}, {@code SHIFTED_MIN_MAX}, {@code PERCENTILE_RANK}, ...
     *
     * @param n the normaliser
     * @return the alternative
     */
    public static Alternative<Normaliser> alternative(Normaliser n) {
        String label;
        if (n instanceof MinMax m && m.lower() == 0 && m.upper() == 1) {
            label = "MIN_MAX";
        } else if (n instanceof MinMax m && m.lower() == 0.0001 && m.upper() == 1) {
            label = "SHIFTED_MIN_MAX";
        } else if (n instanceof MinMax m) {
            label = "MIN_MAX_" + m.lower() + "_" + m.upper();
        } else if (n instanceof PercentileRank) {
            label = "PERCENTILE_RANK";
        } else {
            label = n.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        }
        return new Alternative<>(label, n);
    }

    private static <T> void add(List<Alternative<T>> list, Alternative<T> a) {
        if (list.stream().noneMatch(x -> x.value().equals(a.value()) || x.label().equals(a.label()))) list.add(a);
    }

    @SafeVarargs
    private static <T> List<T> distinct(T... values) {
        return java.util.Arrays.stream(values).distinct().toList();
    }
}
