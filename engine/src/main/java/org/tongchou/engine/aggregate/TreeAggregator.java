package org.tongchou.engine.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkNode;

/**
 * Aggregates indicator scores up a {@link Framework}: every aggregate is the weighted mean
 * ({@link AggregationSpec#method()}) of its present children, with the children's weights renormalised
 * over the present ones; with fewer than {@link AggregationSpec#minPresentChildren()} present children
 * the aggregate is missing. Levels are computed bottom-up, so a pillar missing for a unit is simply an
 * absent child of its sub-index.
 *
 * <p>Children with weight 0 count as present but contribute nothing; if all present children have
 * weight 0 the aggregate is missing (0/0). An empty dataset (no units) gives empty columns.
 * Not thread-safe only in the sense that arrays passed in are written; the object itself is immutable.
 */
public final class TreeAggregator {
    private final Framework framework;
    private final AggregationSpec spec;

    public TreeAggregator(Framework framework, AggregationSpec spec) {
        this.framework = framework;
        this.spec = spec;
    }

    /**
     * Aggregates a dataset holding (at least) every indicator of the framework.
     *
     * @return a dataset with one column per framework node, in {@link Framework#nodes()} order
     *         (indicators first, then pillars ... up to the index)
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
     * Array form: {@code nodes[k]} for k &lt; indicatorCount are read, the others written.
     *
     * @param weights weight of every node in {@link Framework#nodes()} order
     * @param units   unit codes for error messages (may be null)
     */
    public void aggregate(double[][] nodes, double[] weights, List<String> units) {
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
                                throw new InvalidInputException(method + " mean of '" + framework.node(k).code()
                                        + "' for unit '" + (units == null ? String.valueOf(i) : units.get(i))
                                        + "': child '" + framework.node(c).code() + "' is " + x
                                        + (x == 0 ? " (zeros policy FAIL)" : " (negative)"));
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

    public Framework framework() {
        return framework;
    }

    public AggregationSpec spec() {
        return spec;
    }
}
