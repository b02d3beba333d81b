package org.tongchou.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.aggregate.TreeAggregator;
import org.tongchou.engine.coupling.CouplingCoordination;
import org.tongchou.engine.coupling.CouplingResult;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.disparity.Disparity;
import org.tongchou.engine.disparity.TheilIndex;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkNode;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.normalise.Normalisation;
import org.tongchou.engine.rank.Ranker;
import org.tongchou.engine.topsis.Topsis;
import org.tongchou.engine.topsis.TopsisNormalisation;
import org.tongchou.engine.topsis.TopsisResult;
import org.tongchou.engine.weights.EntropyWeights;
import org.tongchou.engine.weights.ZeroHandling;

/**
 * The national-scale evaluation chain on synthetic township data: min-max normalisation into [0.0001, 1]
 * with directions, entropy weights, arithmetic aggregation over a tree (indicators → 8 dimensions → urban
 * and rural subsystems → index), entropy-weighted TOPSIS, urban–rural coupling coordination, ranks of
 * the index and Theil T of the index decomposed by county. One thread. Sizes are units x indicators;
 * 41,352 is the number of township-level units in China's 2023 code list.
 * Run with {@code scripts/bench-national.sh}, never in the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class NationalChainBenchmark {
    @Param({"10338x40", "20676x40", "41352x40", "41352x80"})
    public String size;

    private double[][] raw;
    private double[] signs;
    private String[] names;
    private List<String> units;
    private List<String> indicatorCodes;
    private double[][] nodes;
    private double[] nodeWeights;
    private TreeAggregator aggregator;
    private int urbanNode;
    private int ruralNode;
    private int indexNode;
    private int[] county;
    private List<String> counties;
    private Direction[] benefit;

    @Setup(Level.Trial)
    public void setUp() {
        String[] p = size.split("x");
        int n = Integer.parseInt(p[0]);
        int m = Integer.parseInt(p[1]);
        SplittableRandom rnd = new SplittableRandom(20261129L);
        raw = new double[m][n];
        signs = new double[m];
        names = new String[m];
        for (int j = 0; j < m; j++) {
            names[j] = "i" + j;
            signs[j] = j % 5 == 4 ? -1 : 1; // every fifth indicator is "less is better"
            double scale = 1 + j;
            for (int i = 0; i < n; i++) raw[j][i] = scale * Math.exp(rnd.nextGaussian() * 0.8); // positive, skewed
        }
        units = new ArrayList<>(n);
        county = new int[n];
        counties = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add("T" + i);
            county[i] = i / 15; // about 15 townships per county, as in China (41,352 / 2,844)
        }
        for (int c = 0; c <= (n - 1) / 15; c++) counties.add("C" + c);
        // tree: 8 dimensions of m/8 indicators; dimensions 0-3 urban, 4-7 rural; index above both
        List<FrameworkNode> fw = new ArrayList<>();
        int perDim = m / 8;
        for (int j = 0; j < m; j++) {
            fw.add(new FrameworkNode(names[j], names[j], 1, "D" + (j / perDim), 1, signs[j] > 0 ? Direction.POSITIVE : Direction.NEGATIVE,
                    null, Double.NaN));
        }
        for (int d = 0; d < 8; d++) fw.add(new FrameworkNode("D" + d, "D" + d, 2, d < 4 ? "URBAN" : "RURAL", 1, null, null, Double.NaN));
        fw.add(new FrameworkNode("URBAN", "URBAN", 3, "INDEX", 1, null, null, Double.NaN));
        fw.add(new FrameworkNode("RURAL", "RURAL", 3, "INDEX", 1, null, null, Double.NaN));
        fw.add(new FrameworkNode("INDEX", "INDEX", 4, null, 1, null, null, Double.NaN));
        Framework framework = new Framework(fw);
        aggregator = new TreeAggregator(framework, AggregationSpec.arithmetic());
        indicatorCodes = framework.indicatorCodes();
        nodes = new double[framework.size()][n];
        nodeWeights = framework.weights();
        urbanNode = framework.indexOf("URBAN");
        ruralNode = framework.indexOf("RURAL");
        indexNode = framework.indexOf("INDEX");
        benefit = new Direction[m];
        java.util.Arrays.fill(benefit, Direction.POSITIVE);
        // the framework lists indicators in its own order; keep raw columns in that order
        double[][] ordered = new double[m][];
        double[] orderedSigns = new double[m];
        for (int k = 0; k < m; k++) {
            int j = Integer.parseInt(indicatorCodes.get(k).substring(1));
            ordered[k] = raw[j];
            orderedSigns[k] = signs[j];
        }
        raw = ordered;
        signs = orderedSigns;
        names = indicatorCodes.toArray(String[]::new);
        prepare();
    }

    @Benchmark
    public void chain(Blackhole bh) {
        bh.consume(runChain());
    }

    /** The whole chain once; returns a checksum so that nothing is optimised away. */
    public double runChain() {
        int m = raw.length;
        double[][] normalised = new double[m][];
        for (int j = 0; j < m; j++) normalised[j] = nodes[j];
        Normalisation.apply(raw, signs, new MinMax(0.0001, 1, ConstantColumn.FAIL), MissingPolicy.FAIL, names, normalised);
        double[] w = EntropyWeights.compute(normalised, ZeroHandling.ZERO_LOG_ZERO, 0);
        double[] nw = nodeWeights.clone();
        System.arraycopy(w, 0, nw, 0, m);
        aggregator.aggregate(nodes, nw, units);
        return analysis(normalised, w);
    }

    private double analysis(double[][] normalised, double[] w) {
        TopsisResult t = new Topsis(TopsisNormalisation.NONE, MissingPolicy.FAIL).evaluate(normalised, units, indicatorCodes, w, benefit);
        CouplingResult c = new CouplingCoordination(MissingPolicy.FAIL)
                .compute(units, List.of("urban", "rural"), new double[][] {nodes[urbanNode], nodes[ruralNode]}, new double[] {0.5, 0.5});
        double[] ranks = Ranker.standard().rank(units, nodes[indexNode]);
        double theil = new Disparity(MissingPolicy.FAIL)
                .theilDecomposition("index", units, nodes[indexNode], null, county, counties, TheilIndex.T).between();
        return t.closeness()[0] + c.coordination()[1] + ranks[2] + theil;
    }

    /**
     * The engine-analysis share of the chain alone (TOPSIS + coupling coordination + ranks + Theil) on
     * normalised and aggregated data prepared once, to separate it from normalisation, entropy and aggregation.
     */
    @Benchmark
    public void analysisOnly(Blackhole bh) {
        bh.consume(runAnalysisOnly());
    }

    public double runAnalysisOnly() {
        return analysis(java.util.Arrays.copyOf(nodes, raw.length), preparedWeights);
    }

    private double[] preparedWeights;

    private void prepare() {
        int m = raw.length;
        double[][] normalised = java.util.Arrays.copyOf(nodes, m);
        Normalisation.apply(raw, signs, new MinMax(0.0001, 1, ConstantColumn.FAIL), MissingPolicy.FAIL, names, normalised);
        preparedWeights = EntropyWeights.compute(normalised, ZeroHandling.ZERO_LOG_ZERO, 0);
        double[] nw = nodeWeights.clone();
        System.arraycopy(preparedWeights, 0, nw, 0, m);
        aggregator.aggregate(nodes, nw, units);
    }
}
