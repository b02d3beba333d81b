package org.tongchou.engine.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tongchou.engine.aggregate.TreeAggregator;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkNode;
import org.tongchou.engine.normalise.Normalisation;
import org.tongchou.engine.prepare.Imputation;
import org.tongchou.engine.prepare.OutlierTreatment;
import org.tongchou.engine.prepare.Screening;
import org.tongchou.engine.prepare.TreatmentReport;

/**
 * A composite-indicator pipeline over one framework and one raw dataset: denominate → impute → screen →
 * treat outliers → normalise → aggregate (COINr's order). Build it once, then {@link #run} or
 * {@link #runIndex} with any {@link PipelineConfig}; the second form reuses internal buffers and
 * allocates almost nothing, for Monte Carlo loops.
 *
 * <p>Not thread-safe (buffers are reused): give each thread its own instance ({@link #copy()}).
 */
public final class CompositePipeline {
    private final Framework framework;
    private final Dataset raw;
    private final int n;
    private final int m;
    private final String[] names;
    private final double[][] rawColumns;
    private final double[][] denominators;
    private final double[] signs;
    private final double[][] denominated;
    private final double[][] imputed;
    private final double[][] treated;
    private final double[][] nodes;
    private final double[] nodeWeights;
    private final boolean[] screenedOut;
    private final double[] available;
    private final double[] screenBuffer;
    private final Imputation.Scratch imputeScratch;
    private final OutlierTreatment.Scratch treatScratch;
    private final OutlierTreatment.ColumnOutcome[] outcomes;
    private final OutlierTreatment.Point[][] flags;
    /** Checked only when a configuration denominates, so data with zero denominators can run undenominated. */
    private final List<String> zeroDenominators = new ArrayList<>();

    /**
     * @param framework the indicator tree (with denominators and directions)
     * @param raw       one row per unit: every framework indicator, the denominator columns the framework
     *                  names, and the groupings imputation uses
     * @throws org.tongchou.engine.data.InvalidInputException listing every framework indicator and denominator the
     *                                                       data lack
     */
    public CompositePipeline(Framework framework, Dataset raw) {
        this.framework = framework;
        this.raw = raw;
        this.n = raw.unitCount();
        this.m = framework.indicatorCount();
        List<String> problems = new ArrayList<>();
        this.names = new String[m];
        this.rawColumns = new double[m][];
        this.denominators = new double[m][];
        for (int j = 0; j < m; j++) {
            FrameworkNode node = framework.node(j);
            names[j] = node.code();
            if (!raw.hasIndicator(node.code())) {
                problems.add("indicator '" + node.code() + "' is not in the data");
                continue;
            }
            rawColumns[j] = raw.column(node.code());
            if (node.denominator() != null) {
                if (!raw.hasIndicator(node.denominator())) {
                    problems.add("denominator '" + node.denominator() + "' of '" + node.code() + "' is not in the data");
                } else {
                    denominators[j] = raw.column(node.denominator());
                    for (int i = 0; i < n; i++) {
                        if (denominators[j][i] == 0) {
                            zeroDenominators.add("unit '" + raw.units().get(i) + "': denominator '" + node.denominator()
                                    + "' of '" + node.code() + "' is 0");
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("pipeline input does not fit the framework:\n" + String.join("\n", problems));
        }
        this.signs = framework.indicatorSigns();
        this.denominated = new double[m][n];
        this.imputed = new double[m][n];
        this.treated = new double[m][n];
        this.nodes = new double[framework.size()][n];
        this.nodeWeights = new double[framework.size()];
        this.screenedOut = new boolean[n];
        this.available = new double[n];
        this.screenBuffer = new double[n];
        int maxGroups = raw.groupings().stream().mapToInt(g -> g.levels().size()).max().orElse(1);
        this.imputeScratch = new Imputation.Scratch(n, maxGroups);
        this.treatScratch = new OutlierTreatment.Scratch(n);
        this.outcomes = new OutlierTreatment.ColumnOutcome[m];
        this.flags = new OutlierTreatment.Point[m][n];
    }

    /**
     * @return a fresh pipeline over the same framework and data, for another thread
     */
    public CompositePipeline copy() {
        return new CompositePipeline(framework, raw);
    }

    /**
     * The framework the pipeline aggregates over.
     *
     * @return the framework
     */
    public Framework framework() {
        return framework;
    }

    /**
     * The units, in the order of the index scores.
     *
     * @return unit codes
     */
    public List<String> units() {
        return raw.units();
    }

    /**
     * Runs every stage and writes the index score of every unit into {@code index}. Internal stage buffers
     * are overwritten; nothing is kept between runs.
     *
     * @param config the choices of every stage
     * @param index  receives one score per unit (NaN for a screened-out unit or a missing aggregate)
     * @throws org.tongchou.engine.data.EngineInputException when a stage refuses the data (a zero denominator,
     *                                                      fewer than 4 values to treat, a zero in a geometric
     *                                                      mean ...), naming unit and indicator
     */
    public void runIndex(PipelineConfig config, double[] index) {
        compute(config, false);
        System.arraycopy(nodes[nodes.length - 1], 0, index, 0, n);
    }

    /**
     * Runs every stage and returns copies of all of them with the treatment report.
     *
     * @param config the choices of every stage
     * @return every stage, the treatment report, the screened-out units, the index and its ranks
     * @throws org.tongchou.engine.data.EngineInputException as {@link #runIndex}
     */
    public PipelineResult run(PipelineConfig config) {
        compute(config, true);
        List<String> codes = framework.indicatorCodes();
        Dataset den = dataset(codes, denominated);
        Dataset imp = dataset(codes, imputed);
        Dataset tre = dataset(codes, treated);
        Dataset nor = dataset(codes, Arrays.copyOf(nodes, m));
        Dataset agg = dataset(framework.nodes().stream().map(FrameworkNode::code).toList(), nodes);
        List<TreatmentReport.IndicatorOutcome> report = new ArrayList<>();
        OutlierTreatment.Point[][] f = new OutlierTreatment.Point[m][];
        for (int j = 0; j < m; j++) {
            if (config.treatment() != null) report.add(new TreatmentReport.IndicatorOutcome(names[j], outcomes[j]));
            f[j] = flags[j].clone();
        }
        List<Screening.Removed> removed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (screenedOut[i]) removed.add(new Screening.Removed(raw.units().get(i), available[i]));
        }
        double[] index = nodes[nodes.length - 1].clone();
        return new PipelineResult(den, imp, tre, nor, agg, new TreatmentReport(tre, report, f), removed, index,
                Ranking.descendingMin(index));
    }

    private Dataset dataset(List<String> codes, double[][] cols) {
        double[][] copy = new double[cols.length][];
        for (int j = 0; j < cols.length; j++) copy[j] = cols[j].clone();
        return raw.withColumns(codes, copy);
    }

    private void compute(PipelineConfig config, boolean recordFlags) {
        // 1. denominate
        if (config.denominate() && !zeroDenominators.isEmpty()) {
            throw new InvalidInputException("cannot denominate:\n" + String.join("\n", zeroDenominators));
        }
        for (int j = 0; j < m; j++) {
            double[] x = rawColumns[j];
            double[] d = denominated[j];
            double[] den = config.denominate() ? denominators[j] : null;
            if (den == null) {
                System.arraycopy(x, 0, d, 0, n);
            } else {
                for (int i = 0; i < n; i++) d[i] = x[i] / den[i];
            }
            System.arraycopy(d, 0, imputed[j], 0, n);
        }
        // 2. impute
        if (config.imputation() != null) {
            int[] groups = null;
            int groupCount = 1;
            if (config.imputation().grouping() != null) {
                Grouping g = raw.grouping(config.imputation().grouping()).orElseThrow(() -> new InvalidInputException(
                        "no grouping column '" + config.imputation().grouping() + "' in the data"));
                groups = codes(g);
                groupCount = groupCounts(g);
            }
            Imputation.imputeInPlace(imputed, config.imputation().method(), groups, groupCount, imputeScratch);
        }
        // 3. screen: screened-out units become missing from here on, so no statistic sees them
        boolean anyScreened = false;
        for (int i = 0; i < n; i++) {
            available[i] = availability(i);
            screenedOut[i] = config.screenThreshold() > 0 && available[i] < config.screenThreshold();
            anyScreened |= screenedOut[i];
        }
        // 4. treat (screened-out units as missing; the imputed stage itself is kept whole)
        for (int j = 0; j < m; j++) {
            double[] in = imputed[j];
            if (anyScreened) {
                System.arraycopy(in, 0, screenBuffer, 0, n);
                for (int i = 0; i < n; i++) if (screenedOut[i]) screenBuffer[i] = Double.NaN;
                in = screenBuffer;
            }
            if (config.treatment() == null) {
                System.arraycopy(in, 0, treated[j], 0, n);
                outcomes[j] = null;
                if (recordFlags) Arrays.fill(flags[j], OutlierTreatment.Point.NONE);
            } else {
                outcomes[j] = config.treatment().treat(in, treated[j], names[j], treatScratch);
                if (recordFlags) System.arraycopy(treatScratch.points(), 0, flags[j], 0, n);
            }
        }
        // 5. normalise into the indicator rows of the node table
        Normalisation.apply(treated, signs, config.normaliser(), MissingPolicy.SKIP, names, raw.units(), nodes);
        // 6. aggregate
        double[] w = config.weights();
        if (w == null) {
            for (int k = 0; k < nodeWeights.length; k++) nodeWeights[k] = framework.node(k).weight();
            w = nodeWeights;
        } else if (w.length != framework.size()) {
            throw new InvalidInputException(w.length + " weights for " + framework.size() + " framework nodes");
        }
        new TreeAggregator(framework, config.aggregation()).aggregate(nodes, w, raw.units());
    }

    private double availability(int i) {
        int present = 0;
        for (int j = 0; j < m; j++) if (!Double.isNaN(imputed[j][i])) present++;
        return present / (double) m;
    }

    // Grouping.codes() allocates; cache per grouping name
    private final java.util.Map<String, int[]> groupCodes = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> groupSizes = new java.util.HashMap<>();

    private int[] codes(Grouping g) {
        return groupCodes.computeIfAbsent(g.name(), k -> g.codes());
    }

    private int groupCounts(Grouping g) {
        return groupSizes.computeIfAbsent(g.name(), k -> g.levels().size());
    }

}
