package org.tongchou.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.plan.CouplingSpec;
import org.tongchou.engine.plan.DisparitySpec;
import org.tongchou.engine.plan.GroupWeighting;
import org.tongchou.engine.plan.IndicatorWeighting;
import org.tongchou.engine.plan.PlanEvaluator;
import org.tongchou.engine.plan.PlanNationalScaleTest;
import org.tongchou.engine.plan.PlanResult;
import org.tongchou.engine.plan.PlanRobustness;
import org.tongchou.engine.plan.PlanSpec;
import org.tongchou.engine.plan.PlanTree;
import org.tongchou.engine.plan.RobustnessResult;
import org.tongchou.engine.plan.RobustnessSpec;

/**
 * The plan API ({@code org.tongchou.engine.plan}) at two sizes: a city like the demo's (12 towns, 31
 * indicators in 7 dimensions, entropy weights, urban and rural subsystems) evaluated once and with its
 * robustness (1,000 replications, 2 threads); and the whole township level of the country (41,352 units in
 * 31 provinces, 30 indicators, population-weighted disparity) evaluated once.
 * Run with {@code scripts/bench-engine.sh PlanBenchmark}, never in the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PlanBenchmark {
    private PlanEvaluator city;
    private Dataset cityData;
    private RobustnessSpec robustness;
    private PlanEvaluator nation;
    private Dataset nationData;

    @Setup
    public void setUp() {
        int[] sizes = {3, 4, 5, 5, 4, 6, 3};
        List<PlanTree.Dimension> dims = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        int j = 0;
        for (int d = 0; d < sizes.length; d++) {
            List<PlanTree.Leaf> leaves = new ArrayList<>();
            for (int k = 0; k < sizes[d]; k++, j++) {
                leaves.add(new PlanTree.Leaf("i" + j, j % 7 == 6 ? Direction.NEGATIVE : Direction.POSITIVE, 1));
                codes.add("i" + j);
            }
            dims.add(new PlanTree.Dimension("d" + d, 1, List.of(PlanTree.Group.direct("d" + d, leaves))));
        }
        SplittableRandom rng = new SplittableRandom(11);
        List<String> towns = new ArrayList<>();
        for (int i = 0; i < 12; i++) towns.add("t" + i);
        double[][] cols = new double[codes.size()][12];
        for (double[] c : cols) for (int i = 0; i < 12; i++) c[i] = 10 + rng.nextDouble() * 90;
        cityData = new Dataset(towns, codes, cols);
        CouplingSpec coupling = CouplingSpec.urbanRural(
                new CouplingSpec.Subsystem("urban", List.of(leaf("i0"), leaf("i3"), leaf("i8"), leaf("i12"))),
                new CouplingSpec.Subsystem("rural", List.of(leaf("i17"), leaf("i19"), leaf("i22"), leaf("i25"))),
                CouplingSpec.SubsystemWeighting.ENTROPY);
        PlanSpec spec = PlanSpec.of(new PlanTree("index", dims), new MinMax(0, 1, ConstantColumn.MIDPOINT), IndicatorWeighting.ENTROPY,
                GroupWeighting.EQUAL, AggregationMethod.ARITHMETIC).withCoupling(coupling).withBenchmark("t3");
        city = new PlanEvaluator(spec);
        robustness = RobustnessSpec.defaults(spec, RobustnessSpec.DEFAULT_REPLICATIONS, 20260101L, 2);
        nation = new PlanEvaluator(PlanSpec.of(PlanNationalScaleTest.tree(), new MinMax(0, 1, ConstantColumn.MIDPOINT),
                IndicatorWeighting.ENTROPY, GroupWeighting.EQUAL, AggregationMethod.ARITHMETIC).withDisparity(DisparitySpec.weightedBy("pop")));
        nationData = PlanNationalScaleTest.nation(7);
    }

    /** The city's robustness settings with another number of threads. */
    RobustnessSpec robustnessSpec(int threads) {
        return new RobustnessSpec(robustness.imputations(), robustness.normalisations(), robustness.indicatorWeightings(),
                robustness.groupWeightings(), robustness.aggregations(), robustness.geometricFloor(), robustness.weightNoise(),
                robustness.noisePool(), robustness.replications(), robustness.seed(), threads);
    }

    PlanEvaluator cityEvaluator() {
        return city;
    }

    Dataset cityData() {
        return cityData;
    }

    private static PlanTree.Leaf leaf(String code) {
        return new PlanTree.Leaf(code, Direction.POSITIVE, 1);
    }

    @Benchmark
    public PlanResult evaluateCity() {
        return city.evaluate(cityData);
    }

    @Benchmark
    public RobustnessResult robustnessCity() {
        return PlanRobustness.run(city, cityData, robustness);
    }

    @Benchmark
    public PlanResult evaluateNation() {
        return nation.evaluate(nationData);
    }
}
