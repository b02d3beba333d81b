package org.tongchou.engine.plan;

import java.util.List;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;

/**
 * Three towns A, B, C and two dimensions of two indicators each (one less-is-better), with an urban and a
 * rural subsystem: values chosen so that min-max values are simple fractions and the equal-weight index
 * can be worked out by hand (the same figures as the app's evaluation fixture).
 *
 * <pre>
 *        x1  x2(−)  urate  x3      min-max: x1 0/.5/1, x2 0/.5/1, urate 0/⅓/1, x3 1/0/.5
 *   A    10   5     50     7       d1 = 0/.5/1, d2 = .5/⅙/.75, index = .25/⅓/.875
 *   B    20   3     60     1
 *   C    30   1     80     4
 * </pre>
 */
final class MiniPlan {
    static final List<String> UNITS = List.of("A", "B", "C");

    private MiniPlan() {
    }

    static PlanTree tree() {
        return new PlanTree("index", List.of(
                new PlanTree.Dimension("d1", 1, List.of(PlanTree.Group.direct("d1", List.of(
                        new PlanTree.Leaf("x1", Direction.POSITIVE, 1), new PlanTree.Leaf("x2", Direction.NEGATIVE, 1))))),
                new PlanTree.Dimension("d2", 1, List.of(PlanTree.Group.direct("d2", List.of(
                        new PlanTree.Leaf("urate", Direction.POSITIVE, 1), new PlanTree.Leaf("x3", Direction.POSITIVE, 1)))))));
    }

    static CouplingSpec coupling(CouplingSpec.SubsystemWeighting w) {
        return CouplingSpec.urbanRural(
                new CouplingSpec.Subsystem("urban", List.of(new PlanTree.Leaf("urate", Direction.POSITIVE, 1), new PlanTree.Leaf("x1", Direction.POSITIVE, 1))),
                new CouplingSpec.Subsystem("rural", List.of(new PlanTree.Leaf("x3", Direction.POSITIVE, 1), new PlanTree.Leaf("x2", Direction.NEGATIVE, 1))),
                w);
    }

    static PlanSpec equal() {
        return PlanSpec.of(tree(), new MinMax(0, 1, ConstantColumn.MIDPOINT), IndicatorWeighting.EQUAL, GroupWeighting.EQUAL,
                AggregationMethod.ARITHMETIC).withBenchmark("B").withCoupling(coupling(CouplingSpec.SubsystemWeighting.FIXED));
    }

    static Dataset data() {
        return new Dataset(UNITS, List.of("x1", "x2", "urate", "x3"),
                new double[][] {{10, 20, 30}, {5, 3, 1}, {50, 60, 80}, {7, 1, 4}});
    }
}
