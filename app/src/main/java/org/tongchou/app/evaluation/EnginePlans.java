package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.indicators.FrameworkNode;
import org.tongchou.app.indicators.IndicatorCatalog;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.plan.CouplingSpec;
import org.tongchou.engine.plan.DisparitySpec;
import org.tongchou.engine.data.Grouping;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.engine.plan.PlanSpec;
import org.tongchou.engine.weights.AhpMethod;
import org.tongchou.engine.weights.RandomIndex;

/**
 * An {@link EvaluationPlan} on a {@link Framework} as the engine's {@link PlanSpec}: the plan's tree with
 * each indicator's direction from the catalogue and the framework's weights, the plan's methods, its AHP
 * matrices and benchmark, and the framework's {@code urban} and {@code rural} subsystems for the coupling
 * model (entropy weights when the plan's indicator weighting is objective, otherwise the framework's).
 */
final class EnginePlans {
    static final String URBAN = "urban";
    static final String RURAL = "rural";
    /** AHP settings of every run and of the AHP editor: principal eigenvector, Saaty's RI table (the textbook choice). */
    static final AhpMethod AHP_METHOD = AhpMethod.EIGENVECTOR;
    static final RandomIndex AHP_RI = RandomIndex.SAATY_1980;

    private EnginePlans() {
    }

    static PlanSpec spec(EvaluationPlan plan, Framework framework, IndicatorCatalog catalog, PlanTree tree) {
        Map<String, double[][]> matrices = new LinkedHashMap<>();
        plan.matrices().forEach((node, m) -> matrices.put(node, m.values()));
        return PlanSpec.of(tree(tree, catalog), plan.normalisation().toEngine(), plan.indicatorWeighting().toEngine(),
                        plan.groupWeighting().toEngine(), plan.aggregation() == PlanAggregation.ARITHMETIC
                                ? AggregationMethod.ARITHMETIC : AggregationMethod.GEOMETRIC)
                .withMatrices(matrices).withAhp(AHP_METHOD, AHP_RI).withBenchmark(plan.benchmarkCode()).withCoupling(coupling(plan, framework, catalog))
                .withDisparity(plan.weightIndicator() == null ? DisparitySpec.standard() : DisparitySpec.weightedBy(plan.weightIndicator()));
    }

    static org.tongchou.engine.plan.PlanTree tree(PlanTree tree, IndicatorCatalog catalog) {
        List<org.tongchou.engine.plan.PlanTree.Dimension> dims = new ArrayList<>();
        for (PlanTree.Dimension d : tree.dimensions()) {
            List<org.tongchou.engine.plan.PlanTree.Group> groups = new ArrayList<>();
            for (PlanTree.Group g : d.groups()) {
                List<org.tongchou.engine.plan.PlanTree.Leaf> leaves = g.leaves().stream()
                        .map(l -> new org.tongchou.engine.plan.PlanTree.Leaf(l.indicator(), catalog.get(l.indicator()).direction(), l.frameworkWeight()))
                        .toList();
                groups.add(g.passThrough() ? org.tongchou.engine.plan.PlanTree.Group.direct(d.code(), leaves)
                        : new org.tongchou.engine.plan.PlanTree.Group(g.code(), g.frameworkWeight(), false, leaves));
            }
            dims.add(new org.tongchou.engine.plan.PlanTree.Dimension(d.code(), d.frameworkWeight(), groups));
        }
        return new org.tongchou.engine.plan.PlanTree(EvaluationPlan.ROOT, dims);
    }

    /** The urban and rural subsystems, or null when the framework lacks either. */
    static CouplingSpec coupling(EvaluationPlan plan, Framework framework, IndicatorCatalog catalog) {
        FrameworkNode urban = subsystem(framework, URBAN);
        FrameworkNode rural = subsystem(framework, RURAL);
        if (urban == null || rural == null) return null;
        CouplingSpec.SubsystemWeighting w = plan.indicatorWeighting().toEngine().objective()
                ? CouplingSpec.SubsystemWeighting.ENTROPY : CouplingSpec.SubsystemWeighting.FIXED;
        return CouplingSpec.urbanRural(subsystem(urban, catalog), subsystem(rural, catalog), w);
    }

    private static CouplingSpec.Subsystem subsystem(FrameworkNode node, IndicatorCatalog catalog) {
        return new CouplingSpec.Subsystem(node.code(), node.children().stream()
                .map(c -> new org.tongchou.engine.plan.PlanTree.Leaf(c.code(), catalog.get(c.code()).direction(), c.weight())).toList());
    }

    private static FrameworkNode subsystem(Framework framework, String code) {
        return framework.subsystems().stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * The towns' raw columns the spec reads (the tree's indicators, the subsystems' that were read and the
     * disparity weight) as a dataset, one row per town in the given order, with one grouping per group level
     * (named by the level, labelled with each town's group code).
     */
    static Dataset data(PlanSpec spec, List<Town> towns, Map<String, double[]> raw, List<UnitLevel> groupLevels) {
        Set<String> codes = new LinkedHashSet<>(spec.tree().indicatorCodes());
        if (spec.coupling() != null) {
            spec.coupling().subsystems().forEach(s -> s.indicatorCodes().stream().filter(raw::containsKey).forEach(codes::add));
        }
        if (spec.disparity().weightColumn() != null) codes.add(spec.disparity().weightColumn());
        List<String> cols = List.copyOf(codes);
        List<Grouping> groupings = new ArrayList<>();
        for (int k = 0; k < groupLevels.size(); k++) {
            int at = k;
            groupings.add(new Grouping(groupLevels.get(k).name(), towns.stream().map(t -> t.groups().get(at)).toList()));
        }
        return new Dataset(towns.stream().map(Town::code).toList(), cols, cols.stream().map(raw::get).toArray(double[][]::new), groupings);
    }

    /** {@link #data(PlanSpec, List, Map, List)} without groupings. */
    static Dataset data(PlanSpec spec, List<Town> towns, Map<String, double[]> raw) {
        Set<String> codes = new LinkedHashSet<>(spec.tree().indicatorCodes());
        if (spec.coupling() != null) {
            spec.coupling().subsystems().forEach(s -> s.indicatorCodes().stream().filter(raw::containsKey).forEach(codes::add));
        }
        List<String> cols = List.copyOf(codes);
        return new Dataset(towns.stream().map(Town::code).toList(), cols, cols.stream().map(raw::get).toArray(double[][]::new));
    }
}
