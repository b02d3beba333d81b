package org.tongchou.engine.plan;

import java.util.List;
import java.util.Optional;
import org.tongchou.engine.coupling.DevelopmentType;
import org.tongchou.engine.disparity.TheilDecomposition;

/**
 * Everything one evaluation of a plan computes, column by column (arrays are indexed by unit in
 * {@link #units()} order, or [item][unit]; they are the result's own and must not be modified).
 *
 * @param units      the units evaluated, in the data's order
 * @param nodes      every node users see, in tree order: the index first, then each dimension followed by
 *                   its groups (direct groups left out) each followed by its indicators
 * @param weighting  one table per set of siblings: how their weights were obtained
 * @param leader     position of the unit with the highest index (the first of equals)
 * @param benchmark  the benchmark unit's code when the plan names one that was evaluated, else null
 * @param leaderGaps gaps to the leader
 * @param benchmarkGaps gaps to the benchmark, or null
 * @param obstacles  obstacle degrees, or null when they could not be computed (see the notes)
 * @param coupling   coupling coordination, or null when the plan has none or it could not be computed
 * @param disparity  disparity between units of every indicator's raw values and of every node's score
 * @param groupRanks ranks within each group of every grouping of the data, for the index and the dimensions
 * @param notes      what was not computed and why, and choices readers should know, in order
 */
public record PlanResult(List<String> units, List<ScoredNode> nodes, List<WeightingTable> weighting, int leader,
                         String benchmark, Gaps leaderGaps, Gaps benchmarkGaps, Obstacles obstacles, Coupling coupling,
                         List<DisparityRow> disparity, List<GroupRanks> groupRanks, List<PlanNote> notes) {

    /**
     * Checks and copies the components.
     *
     * @param units         the units evaluated, in the data's order
     * @param nodes         every node users see, in tree order: the index first, then each dimension followed by its groups (direct groups left out) each followed by its indicators
     * @param weighting     one table per set of siblings: how their weights were obtained
     * @param leader        position of the unit with the highest index (the first of equals)
     * @param benchmark     the benchmark unit's code when the plan names one that was evaluated, else null
     * @param leaderGaps    gaps to the leader
     * @param benchmarkGaps gaps to the benchmark, or null
     * @param obstacles     obstacle degrees, or null when they could not be computed (see the notes)
     * @param coupling      coupling coordination, or null when the plan has none or it could not be computed
     * @param disparity     disparity between units of every indicator's raw values and of every node's score
     * @param groupRanks    ranks within each group of every grouping of the data, for the index and the dimensions
     * @param notes         what was not computed and why, and choices readers should know, in order
     */
    public PlanResult {
        units = List.copyOf(units);
        nodes = List.copyOf(nodes);
        weighting = List.copyOf(weighting);
        disparity = List.copyOf(disparity);
        groupRanks = List.copyOf(groupRanks);
        notes = List.copyOf(notes);
    }

    /** Kinds of node users see. */
    public enum NodeKind {
        /** The composite index (the root). */
        INDEX,
        /** A dimension of the index. */
        DIMENSION,
        /** A group of indicators within a dimension. */
        GROUP,
        /** An indicator. */
        INDICATOR
    }

    /**
     * A node with its weights, and every unit's score and rank on it.
     *
     * @param parent    the parent users see (for an indicator of a direct group: its dimension); null for the index
     * @param weight    relative weight among its siblings
     * @param effective product of the relative weights on the path from the index
     * @param scores    the aggregate, or for an indicator its normalised value
     * @param ranks     descending, ties take the lowest rank (1 = best)
     * @param raw       the raw (imputed where the plan imputes) values of an indicator, null for other nodes
     */
    public record ScoredNode(String code, String parent, NodeKind kind, double weight, double effective, double[] scores,
                             double[] ranks, double[] raw) {
    }

    /**
     * Gaps to a reference unit. With arithmetic aggregation they are decomposed exactly by indicator and
     * dimension ({@code GapAnalysis}, effective weights); otherwise only {@code gap} (the difference of the
     * index scores) is given and the decomposition arrays are null.
     *
     * @param reference      position of the reference unit
     * @param gap            reference's score minus each unit's score
     * @param indicators     indicator codes (rows of the [indicator][unit] arrays)
     * @param contribution   each indicator's share of the gap
     * @param unitValue      the unit's normalised value
     * @param referenceValue the reference's normalised value
     * @param closeAlone     the value that closes the whole gap by moving that indicator alone
     * @param dimensions     dimension codes (rows of {@code dimensionContribution})
     * @param dimensionContribution each dimension's share of the gap
     */
    public record Gaps(int reference, double[] gap, List<String> indicators, double[][] contribution, double[][] unitValue,
                       double[][] referenceValue, double[][] closeAlone, List<String> dimensions,
                       double[][] dimensionContribution) {
        /**
         * Whether the gap is decomposed by indicator and dimension (arithmetic aggregation only).
         *
         * @return whether the decomposition arrays are present
         */
        public boolean decomposed() {
            return contribution != null;
        }
    }

    /** Obstacle degrees [indicator][unit] and [dimension][unit], shares summing to 1 for every unit. */
    public record Obstacles(List<String> indicators, List<String> dimensions, double[][] byIndicator, double[][] byDimension) {
    }

    /**
     * Coupling coordination of the plan's subsystems.
     *
     * @param scores      U of every subsystem [subsystem][unit]
     * @param coupling    C
     * @param development T
     * @param coordination D
     * @param classIndex  D's class in the plan's classes (-1 none)
     * @param types       the development type of two subsystems (first urban, second rural), else null
     * @param weighting   how each subsystem weighted its indicators
     */
    public record Coupling(List<String> subsystems, double[][] scores, double[] coupling, double[] development,
                           double[] coordination, int[] classIndex, DevelopmentType[] types, List<WeightingTable> weighting) {
    }

    /**
     * Disparity between units of one subject (an indicator's raw values or a node's score); NaN where a
     * measure is undefined (the notes say why).
     *
     * @param byGroup the Theil index decomposed between and within the groups of each grouping of the data
     */
    public record DisparityRow(String subject, double cv, double gini, double theil, List<GroupedTheil> byGroup) {
    }

    /** A Theil decomposition by one grouping (e.g. provinces). */
    public record GroupedTheil(String grouping, TheilDecomposition decomposition) {
    }

    /** Ranks of one node within each group of a grouping (a county's rank in its province). */
    public record GroupRanks(String grouping, String node, double[] ranks) {
    }

    /**
     * The index node.
     *
     * @return the first node
     */
    public ScoredNode index() {
        return nodes.get(0);
    }

    /**
     * The node with this code.
     *
     * @param code a node's code
     * @return the node, or empty
     */
    public Optional<ScoredNode> node(String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst();
    }

    /**
     * The tables of one node (a dimension may have two: its groups' and its own indicators').
     *
     * @param node a node's code
     * @return the tables whose parent is the node, possibly none
     */
    public List<WeightingTable> weightingOf(String node) {
        return weighting.stream().filter(t -> t.node().equals(node)).toList();
    }
}
