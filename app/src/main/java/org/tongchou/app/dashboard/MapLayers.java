package org.tongchou.app.dashboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongchou.app.dashboard.Views.Name;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.RunResult;

/**
 * What the city dashboard's choropleth can be coloured by, for one stored run: the overall score, the
 * coupling coordination degree D, the three concentrations, the dimension scores and every indicator of
 * the run's tree (grouped by dimension). Scores are ×100 as on the pages; indicators are raw values in
 * their own unit; D is in [0, 1]. Values come from the stored run only, like the rest of the page.
 */
@Component
class MapLayers {
    /** Layer id of the coupling coordination degree; node codes are snake_case, so it cannot clash with one. */
    static final String COORDINATION = "coordination-d";

    /** One choosable layer; {@code name.unit} is the unit of its values (empty for scores). */
    record Layer(String id, Name name) {
    }

    /**
     * Layers under one heading: {@code key} is a message key; {@code dimension} names the dimension for
     * the per-dimension indicator groups (key {@code eval.layers.indicatorsOf}), else null.
     */
    record Group(String key, Name dimension, List<Layer> layers) {
    }

    private final DashboardService dashboards;

    MapLayers(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    List<Group> groups(EvaluationPlan plan, RunResult r) {
        List<Group> out = new ArrayList<>();
        out.add(new Group("eval.layers.overall", null, List.of(layer(EvaluationPlan.ROOT),
                new Layer(COORDINATION, new Name(COORDINATION, "耦合协调度 D", "Coupling coordination D", "")))));
        List<String> inRun = r.weights().stream().filter(w -> w.kind() == RunResult.NodeKind.INDICATOR).map(RunResult.NodeWeight::code).toList();
        List<String> conc = dashboards.concentrationCodes(plan).stream().filter(inRun::contains).toList();
        if (!conc.isEmpty()) out.add(new Group("eval.layers.concentrations", null, conc.stream().map(this::layer).toList()));
        List<String> dims = r.weights().stream().filter(w -> w.kind() == RunResult.NodeKind.DIMENSION).map(RunResult.NodeWeight::code).toList();
        out.add(new Group("eval.layers.dimensions", null, dims.stream().map(this::layer).toList()));
        Map<String, List<Layer>> byDimension = new LinkedHashMap<>();
        for (String d : dims) byDimension.put(d, new ArrayList<>());
        Set<String> listed = new HashSet<>(conc);
        Map<String, String> dimensionOf = RunIndex.dimensions(r.weights());
        for (String i : inRun) {
            if (listed.contains(i)) continue;
            String d = dimensionOf.get(i);
            byDimension.computeIfAbsent(d, k -> new ArrayList<>()).add(layer(i));
        }
        byDimension.forEach((d, layers) -> {
            if (!layers.isEmpty()) out.add(new Group("eval.layers.indicatorsOf", d == null ? null : dashboards.name(d), layers));
        });
        return out;
    }

    static Optional<Layer> find(List<Group> groups, String id) {
        return groups.stream().flatMap(g -> g.layers().stream()).filter(l -> l.id().equals(id)).findFirst();
    }

    /** The layer's value of every town of the run that has one, by 12-digit town code. */
    static Map<String, Double> values(RunResult r, String id) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (EvaluationPlan.ROOT.equals(id) || COORDINATION.equals(id)) {
            for (RunResult.UnitResult u : r.units()) {
                Double v = COORDINATION.equals(id) ? DashboardService.n(u.coordination()) : DashboardService.x100(u.score());
                if (v != null) out.put(u.code(), v);
            }
            return out;
        }
        RunResult.NodeKind kind = r.weights().stream().filter(w -> w.code().equals(id)).map(RunResult.NodeWeight::kind).findFirst().orElse(null);
        if (kind == null) return out;
        Set<String> towns = new HashSet<>();
        for (RunResult.UnitResult u : r.units()) towns.add(u.code());
        for (RunResult.NodeScore s : r.scores()) {
            if (!s.node().equals(id) || !towns.contains(s.unit())) continue; // not the city's own row
            Double v = kind == RunResult.NodeKind.INDICATOR ? DashboardService.n(s.raw()) : DashboardService.x100(s.score());
            if (v != null) out.put(s.unit(), v);
        }
        return out;
    }

    private Layer layer(String code) {
        return new Layer(code, dashboards.name(code));
    }
}
