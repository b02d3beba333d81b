package org.tongchou.engine.cli;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.plan.PlanResult;
import org.tongchou.engine.plan.WeightingTable;

/** The CSV tables of {@link EvaluatePlanCommand}: scores with ranks, and the weights of every node. */
final class PlanTables {
    private PlanTables() {
    }

    /** id, index, index_rank, index_rank_in_&lt;grouping&gt;..., then &lt;dimension&gt;, &lt;dimension&gt;_rank, ... */
    static OutputTable scores(PlanResult r, String id) {
        List<PlanResult.ScoredNode> shown = r.nodes().stream()
                .filter(n -> n.kind() == PlanResult.NodeKind.INDEX || n.kind() == PlanResult.NodeKind.DIMENSION).toList();
        List<String> header = new ArrayList<>(List.of(id));
        for (PlanResult.ScoredNode n : shown) {
            header.add(n.code());
            header.add(n.code() + "_rank");
            for (PlanResult.GroupRanks g : r.groupRanks()) if (g.node().equals(n.code())) header.add(n.code() + "_rank_in_" + g.grouping());
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < r.units().size(); i++) {
            List<String> row = new ArrayList<>(List.of(r.units().get(i)));
            for (PlanResult.ScoredNode n : shown) {
                row.add(OutputTable.num(n.scores()[i]));
                row.add(OutputTable.num(n.ranks()[i]));
                for (PlanResult.GroupRanks g : r.groupRanks()) if (g.node().equals(n.code())) row.add(OutputTable.num(g.ranks()[i]));
            }
            rows.add(row);
        }
        return new OutputTable(header, rows);
    }

    /** node, parent, kind, weight, effective, method: one row per node users see, in tree order. */
    static OutputTable weights(PlanResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (PlanResult.ScoredNode n : r.nodes()) {
            rows.add(List.of(n.code(), n.parent() == null ? "" : n.parent(), n.kind().name(), OutputTable.num(n.weight()),
                    OutputTable.num(n.effective()), method(r, n)));
        }
        return new OutputTable(List.of("node", "parent", "kind", "weight", "effective", "method"), rows);
    }

    /** The method that weighted a node among its siblings. */
    private static String method(PlanResult r, PlanResult.ScoredNode n) {
        if (n.parent() == null) return "";
        for (WeightingTable t : r.weightingOf(n.parent())) {
            if (t.children().contains(n.code())) return t.derivation().method().name().toLowerCase(java.util.Locale.ROOT);
        }
        return "";
    }
}
