package org.tongchou.engine.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.InvalidValueException;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkNode;

/**
 * Aggregates indicator scores up a {@link Framework}: every aggregate is the weighted mean
 * ({@link AggregationSpec#method()}) of its present children, with the children's weights renormalised
 * over the present ones; with fewer than {@link AggregationSpec#minPresentChildren()} present children
 * the aggregate is missing. Levels are computed bottom-up, so a pillar missing for a unit is simply an
 * absent child of its sub-index.
 *
 * <p>Edge cases: children with weight 0 count as present but contribute nothing; if all present children
 * have weight 0 the aggregate is missing (0/0). Geometric and harmonic means refuse negative children, and
 * zero children follow {@link ZeroValues} (FAIL names unit, node and child). Ties need no rule. An empty
 * dataset (no units) gives empty columns. Not thread-safe only in the sense that arrays passed in are
 * written; the object itself is immutable.
 */
public final class TreeAggregator {
    private final Framework framework;
    private final AggregationSpec spec;

    /**
     * @param framework the tree (weights of every node)
     * @param spec      the mean, the minimum of present children and the zero handling
     */
    public TreeAggregator(Framework framework, AggregationSpec spec) {
        this.framework = java.util.Objects.requireNonNull(framework);
        this.spec = java.util.Objects.requireNonNull(spec);
    }

    /**
     * Aggregates a dataset holding (at least) every indicator of the framework, with the framework's weights.
     *
     * @param indicators normalised indicators (other columns are ignored)
     * @return a dataset with one column per framework node, in {@link Framework#nodes()} order
     *         (indicators first, then pillars ... up to the index)
     * @throws InvalidInputException listing the framework indicators the data lack
     * @throws InvalidValueException a negative child, or a zero child under {@link ZeroValues#FAIL}, of a
     *                               geometric or harmonic mean, naming unit, node and child
     */
    public Dataset aggregate(Dataset indicators) {
        List<String> missing = new ArrayList<>();
        for (FrameworkNode n : framework.indicators()) {
            if (!indicators.hasIndicator(n.code())) missing.add(n.code());
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("data lack framework indicators " + missing);
        }
        double[][] out = new double[framework.size()][];
        for (int k = 0; k < framework.indicatorCount(); k++) {
            out[k] = indicators.column(framework.node(k).code());
        }
        for (int k = framework.indicatorCount(); k < out.length; k++) out[k] = new double[indicators.unitCount()];
        aggregate(out, framework.weights(), indicators.units());
        List<String> codes = framework.nodes().stream().map(FrameworkNode::code).toList();
        return indicators.withColumns(codes, out);
    }

    /**
     * Array form: {@code nodes[k]} for k &lt; indicatorCount are read, the others written. Same contract
     * as {@link #aggregate(Dataset)}.
     *
     * @param nodes   one array per framework node, in {@link Framework#nodes()} order, all of the same length
     * @param weights weight of every node in {@link Framework#nodes()} order, finite and ≥ 0
     * @param units   unit codes for error messages (may be null: units are then named by position)
     * @throws InvalidArgumentException for arrays that do not match the framework, or a negative or non-finite weight
     */
    public void aggregate(double[][] nodes, double[] weights, List<String> units) {
        checkArguments(nodes, weights, units);
        int first = framework.indicatorCount();
        AggregationMethod method = spec.method();
        int minPresent = spec.minPresentChildren();
        boolean limitZero = spec.zeros() == ZeroValues.LIMIT_ZERO;
        for (int k = first; k < nodes.length; k++) {
            int[] kids = framework.children(k);
            double[] target = nodes[k];
            for (int i = 0; i < target.length; i++) {
                double wsum = 0;
                double acc = 0;
                int present = 0;
                boolean zero = false;
                for (int c : kids) {
                    double x = nodes[c][i];
                    if (Double.isNaN(x)) continue;
                    double w = weights[c];
                    present++;
                    wsum += w;
                    switch (method) {
                        case ARITHMETIC -> acc += w * x;
                        case GEOMETRIC, HARMONIC -> {
                            if (x < 0 || (x == 0 && !limitZero)) {
                                throw new InvalidValueException(units == null ? "unit " + (i + 1) : units.get(i),
                                        framework.node(c).code(), x, x == 0
                                                ? "leaves the " + method + " mean of '" + framework.node(k).code()
                                                        + "' undefined (zeros policy FAIL; LIMIT_ZERO takes the mean as 0)"
                                                : "is negative; the " + method + " mean of '" + framework.node(k).code()
                                                        + "' needs values > 0");
                            }
                            if (x == 0) {
                                if (w > 0) zero = true;
                            } else {
                                acc += method == AggregationMethod.GEOMETRIC ? w * Math.log(x) : w / x;
                            }
                        }
                    }
                }
                double v;
                if (present < minPresent || !(wsum > 0)) {
                    v = Double.NaN;
                } else if (zero) {
                    v = 0;
                } else {
                    v = switch (method) {
                        case ARITHMETIC -> acc / wsum;
                        case GEOMETRIC -> Math.exp(acc / wsum);
                        case HARMONIC -> wsum / acc;
                    };
                }
                target[i] = v;
            }
        }
    }

    private void checkArguments(double[][] nodes, double[] weights, List<String> units) {
        int size = framework.size();
        if (nodes.length != size) {
            throw new InvalidArgumentException("nodes", nodes.length + " arrays", "one per framework node (" + size + ")");
        }
        if (weights.length != size) {
            throw new InvalidArgumentException("weights", weights, weights.length + " weights for " + size + " framework nodes");
        }
        int n = nodes[0].length;
        for (int k = 0; k < size; k++) {
            if (nodes[k].length != n) {
                throw new InvalidArgumentException("nodes", nodes[k].length + " values for node '" + framework.node(k).code() + "'",
                        "every node needs " + n + " values, as the first");
            }
            if (!(weights[k] >= 0) || Double.isInfinite(weights[k])) {
                throw new InvalidArgumentException("weights", weights, "the weight of node '" + framework.node(k).code() + "' is "
                        + weights[k] + "; each must be a finite number >= 0");
            }
        }
        if (units != null && units.size() != n) {
            throw new InvalidArgumentException("units", units.size() + " units", "the nodes have " + n + " values");
        }
    }

    /**
     * The framework whose tree is aggregated.
     *
     * @return the framework
     */
    public Framework framework() {
        return framework;
    }

    /**
     * How each node aggregates its children.
     *
     * @return the aggregation specification
     */
    public AggregationSpec spec() {
        return spec;
    }
}
