package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.engine.disparity.TheilDecomposition;
import org.tongchou.engine.plan.PlanResult;

/**
 * What a run of a grouped plan computes per group (migration V90): every unit's rank within its group at
 * each group level (on the index and each dimension), and every subject's Theil index decomposed between
 * and within the groups (the engine's {@code Disparity.theilDecomposition}, Shorrocks 1980).
 *
 * @param ranks  one row per group level, node and unit
 * @param splits one row per subject and group level: total = between + within
 * @param groups one row per subject, group level and group
 */
public record RunGroups(List<GroupRank> ranks, List<TheilSplit> splits, List<TheilGroup> groups) {
    public RunGroups {
        ranks = List.copyOf(ranks);
        splits = List.copyOf(splits);
        groups = List.copyOf(groups);
    }

    public static final RunGroups NONE = new RunGroups(List.of(), List.of(), List.of());

    /** A unit's rank within its group (1 = best; ties take the lowest rank). */
    public record GroupRank(UnitLevel level, String node, String unit, String group, double rank) {
    }

    /** A subject's Theil index decomposed by the groups of one level. */
    public record TheilSplit(String subject, UnitLevel level, double total, double between, double within) {
        /** The between part's share of the total (NaN when the total is 0 or undefined). */
        public double betweenShare() {
            return total > 0 ? between / total : Double.NaN;
        }
    }

    /** One group's own Theil index, its weight in the within part and its term of it. */
    public record TheilGroup(String subject, UnitLevel level, String group, double theil, double share, double withinTerm) {
    }

    /** The rank within its group at {@code level} of every unit on {@code node}, by unit code. */
    public Map<String, GroupRank> ranksOf(UnitLevel level, String node) {
        Map<String, GroupRank> out = new HashMap<>();
        for (GroupRank r : ranks) if (r.level() == level && r.node().equals(node)) out.put(r.unit(), r);
        return out;
    }

    /** The engine's group ranks and Theil decompositions as rows; groupings are named by their level. */
    static RunGroups of(PlanResult r, List<Town> towns, List<UnitLevel> levels) {
        if (levels.isEmpty()) return NONE;
        List<GroupRank> ranks = new ArrayList<>();
        for (PlanResult.GroupRanks g : r.groupRanks()) {
            UnitLevel level = UnitLevel.valueOf(g.grouping());
            int k = levels.indexOf(level);
            for (int i = 0; i < towns.size(); i++) {
                ranks.add(new GroupRank(level, g.node(), towns.get(i).code(), towns.get(i).groups().get(k), g.ranks()[i]));
            }
        }
        List<TheilSplit> splits = new ArrayList<>();
        List<TheilGroup> groups = new ArrayList<>();
        for (PlanResult.DisparityRow d : r.disparity()) {
            for (PlanResult.GroupedTheil gt : d.byGroup()) {
                UnitLevel level = UnitLevel.valueOf(gt.grouping());
                TheilDecomposition t = gt.decomposition();
                splits.add(new TheilSplit(d.subject(), level, t.total(), t.between(), t.within()));
                for (int k = 0; k < t.groups().size(); k++) {
                    groups.add(new TheilGroup(d.subject(), level, t.groups().get(k), t.groupIndex()[k], t.groupShare()[k], t.withinByGroup()[k]));
                }
            }
        }
        return new RunGroups(ranks, splits, groups);
    }
}
