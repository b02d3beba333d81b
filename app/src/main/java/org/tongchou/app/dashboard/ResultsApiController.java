package org.tongchou.app.dashboard;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.ResultAccess;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.evaluation.RunResult;
import org.tongchou.app.web.NotFound;

/**
 * Stored results as JSON, {@code /api/results/...}: what the pages' charts draw, and what scripts read.
 * An unpublished run is answered 404 to users who may not see it (as if it did not exist).
 */
@RestController
@RequestMapping("/api/results")
class ResultsApiController {
    private final DashboardService dashboards;
    private final EvaluationResults results;
    private final ResultAccess access;
    private final MapLayers layers;
    private final TownYears townYears;

    private final tools.jackson.databind.json.JsonMapper json;

    ResultsApiController(DashboardService dashboards, EvaluationResults results, ResultAccess access, MapLayers layers,
                         TownYears townYears, tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
        this.townYears = townYears;
        this.dashboards = dashboards;
        this.results = results;
        this.access = access;
        this.layers = layers;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/plans/{plan}/runs")
    List<RunInfo> runs(@PathVariable String plan) {
        return results.runs(plan, access.seesUnpublished());
    }

    /** Scores are in [0, 1] here (pages show ×100); missing numbers are null. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/runs/{id}")
    RunJson run(@PathVariable long id) {
        RunInfo info = visible(id);
        return new RunJson(info, results.result(info), results.robustness(info).orElse(null), results.groups(info));
    }

    /**
     * A stored run: its facts, its results, the robustness of its ranking (null when it has none), and its
     * ranks within groups with the Theil index decomposed between and within them (empty lists without groups).
     */
    record RunJson(RunInfo run, RunResult result, org.tongchou.app.evaluation.RunRobustness robustness,
                   org.tongchou.app.evaluation.RunGroups groups) {
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/dashboard")
    org.springframework.http.ResponseEntity<byte[]> city(@RequestParam(required = false) String plan, @RequestParam(required = false) String period) {
        boolean all = access.seesUnpublished();
        EvaluationPlan p = plan(plan);
        Views.City city = dashboards.city(p, run(p, period, all), all);
        // the JSON of an equal view again (a province's is about 1 MB: writing it was half of the request's time); the view
        // is the key, so a changed target, run or reader's scope gives another (its large parts compare at once: Sealed)
        byte[] body = cityJson.get(city);
        if (body == null) {
            body = json.writeValueAsBytes(city);
            if (cityJson.size() >= 32) cityJson.clear();
            cityJson.put(city, body);
        }
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(body);
    }

    private final Map<Views.City, byte[]> cityJson = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One layer of the dashboard map ({@link MapLayers}): {@code {"<12-digit town code>": value}} for the
     * towns of the run that have a value. An unknown layer is 404.
     */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/map")
    Map<String, Double> map(@RequestParam(defaultValue = EvaluationPlan.ROOT) String layer, @RequestParam(required = false) String plan,
                            @RequestParam(required = false) String period) {
        boolean all = access.seesUnpublished();
        EvaluationPlan p = plan(plan);
        RunResult r = results.result(run(p, period, all));
        if (MapLayers.find(layers.groups(p, r), layer).isEmpty()) {
            throw new NotFound("no map layer '" + layer + "' in plan '" + p.code() + "'");
        }
        return MapLayers.values(r, layer);
    }

    /** {@code code}: the 12-digit code or the 9-digit township code. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/towns/{unitCode}")
    Views.Town town(@PathVariable("unitCode") String code, @RequestParam(required = false) String plan, @RequestParam(required = false) String period) {
        boolean all = access.seesUnpublished();
        EvaluationPlan p = plan(plan);
        String town = code12(code);
        return dashboards.town(p, run(p, period, all), town, all)
                .orElseThrow(() -> new NotFound("town " + code + " has no result"));
    }

    /** One town across {@code years} (default: every year with a visible run); 404 when no chosen year has it. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/towns/{unitCode}/years")
    Views.AcrossYears townYears(@PathVariable("unitCode") String code, @RequestParam(required = false) String plan,
                                @RequestParam(required = false) List<String> years) {
        EvaluationPlan p = plan(plan);
        Views.AcrossYears a = townYears.across(p, code12(code), years == null ? List.of() : years, access.seesUnpublished());
        if (a.townName() == null) {
            throw new NotFound("town " + code + " has no result in plan '" + p.code() + "'"
                    + (years == null ? "" : " for " + String.join(", ", years)));
        }
        return a;
    }

    private static String code12(String code) {
        return code.matches("\\d{9}") ? code + "000" : code;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/compare")
    Views.Compare compare(@RequestParam List<String> towns, @RequestParam(required = false) String plan,
                          @RequestParam(required = false) String period) {
        boolean all = access.seesUnpublished();
        EvaluationPlan p = plan(plan);
        return dashboards.compare(p, run(p, period, all), towns);
    }

    private EvaluationPlan plan(String code) {
        return dashboards.plan(code).orElseThrow(() -> new NotFound(code == null ? "no evaluation plan exists" : "no evaluation plan '" + code + "'"));
    }

    private RunInfo run(EvaluationPlan p, String period, boolean all) {
        return dashboards.run(p, period, all).orElseThrow(() -> new NotFound("plan '" + p.code() + "' has no " + (all ? "" : "published ") + "run" + (period == null ? "" : " for " + period)));
    }

    private RunInfo visible(long id) {
        RunInfo info = results.run(id).orElse(null);
        if (info == null || (!info.published() && !access.seesUnpublished())) {
            throw new NotFound("no evaluation run " + id);
        }
        return info;
    }
}
