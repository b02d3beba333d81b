package org.tongchou.app.dashboard;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.ResultAccess;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.map.MapService;
import org.tongchou.app.meetings.CommitmentAlerts;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.web.NotFound;
import org.tongchou.app.web.RenderedContent;

/**
 * The pages leaders read: city dashboard (with a choropleth of any score or indicator), town profile,
 * comparison (towns side by side, or one town across years), for the units of any plan's level (counties,
 * townships, villages: {@code unitLevel} names them on the pages) and only of the plans and units the reader sees
 * (a leader of an area: those of its area, {@code EvaluationResults}). Everything comes from stored runs; leaders
 * and town reporters see published runs only. Charts are drawn by {@code /js/evaluation.js} and
 * {@code /js/map.js} from the same data as JSON ({@code /api/results/...}).
 */
@Controller
class DashboardController {
    private final DashboardService dashboards;
    private final ResultAccess access;
    private final EvaluationResults results;
    private final MapLayers layers;
    private final TownYears years;
    private final MapService maps;
    private final UnitService units;
    private final RenderedContent content;
    private final CommitmentAlerts alerts;

    private final Clock clock;

    DashboardController(DashboardService dashboards, ResultAccess access, EvaluationResults results, MapLayers layers,
                        TownYears years, MapService maps, UnitService units, RenderedContent content, CommitmentAlerts alerts, Clock clock) {
        this.clock = clock;
        this.content = content;
        this.alerts = alerts;
        this.dashboards = dashboards;
        this.access = access;
        this.results = results;
        this.layers = layers;
        this.years = years;
        this.maps = maps;
        this.units = units;
    }

    /** {@code layer}: what the map is coloured by (see {@link MapLayers}); unknown or absent = overall score. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/dashboard")
    ResponseEntity<byte[]> city(@RequestParam(required = false) String plan, @RequestParam(required = false) String period,
                @RequestParam(required = false) String layer, Model model, HttpServletRequest request, HttpServletResponse response) {
        boolean all = access.seesUnpublished();
        model.addAttribute("commitmentAlerts", alerts.forDashboard()); // issue 10: overdue and at-risk commitments (published only)
        return content.page(withRun(plan, period, model, "dashboard/city", (p, run) -> {
            model.addAttribute("view", dashboards.city(p, run, all));
            List<MapLayers.Group> groups = layers.groups(p, results.result(run));
            model.addAttribute("mapLayers", groups);
            model.addAttribute("mapLayer", MapLayers.find(groups, layer == null ? EvaluationPlan.ROOT : layer)
                    .or(() -> MapLayers.find(groups, EvaluationPlan.ROOT)).orElseThrow());
            model.addAttribute("mapSchematic", maps.schematic(p.level(), LocalDate.now(clock)));
            model.addAttribute("mapLevel", p.level().name().toLowerCase(java.util.Locale.ROOT));
            model.addAttribute("mapArea", dashboards.mapArea(p));
        }), model, request, response);
    }


    /**
     * A town's profile. The canonical URL has the 12-digit code; the 9-digit township code of the code
     * lists of a known unit is redirected there (301, query kept). Any other code, or one that names no unit, is 404; so
     * is a town the shown run did not evaluate. The variable is {@code unitCode}, so the scope check of
     * every unit path applies: a town reporter reads only his own town.
     */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/towns/{unitCode}")
    Object town(@PathVariable("unitCode") String code, @RequestParam(required = false) String plan, @RequestParam(required = false) String period,
                Model model, HttpServletRequest request, HttpServletResponse response) {
        if (code.matches("\\d{9}")) {
            requireKnownTown(code + "000");
            String query = request.getQueryString();
            RedirectView canonical = new RedirectView("/towns/" + code + "000" + (query == null ? "" : "?" + query), true, false);
            canonical.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return canonical;
        }
        requireKnownTown(code);
        boolean all = access.seesUnpublished();
        return content.page(withRun(plan, period, model, "dashboard/town", (p, run) -> model.addAttribute("view", dashboards.town(p, run, code, all)
                .orElseThrow(() -> new NotFound("town " + code + " has no result in the " + run.period().code() + " evaluation")))), model, request, response);
    }

    /**
     * {@code mode=years}: one town ({@code town}, 9 or 12 digits) across {@code years} (default all);
     * otherwise the chosen {@code towns} side by side in one period.
     */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/compare")
    ResponseEntity<byte[]> compare(@RequestParam(required = false) List<String> towns, @RequestParam(required = false) String plan,
                   @RequestParam(required = false) String period, @RequestParam(required = false) String mode,
                   @RequestParam(required = false) String town, @RequestParam(name = "years", required = false) List<String> chosenYears,
                   Model model, HttpServletRequest request, HttpServletResponse response) {
        boolean all = access.seesUnpublished();
        if ("years".equals(mode)) {
            String code = town == null || town.isBlank() ? null : town.matches("\\d{9}") ? town + "000" : town;
            if (code != null) requireKnownTown(code);
            model.addAttribute("mode", "years");
            return content.page(withRun(plan, null, model, "dashboard/compare", (p, run) ->
                    model.addAttribute("years", years.across(p, code, chosenYears == null ? List.of() : chosenYears, all))), model, request, response);
        }
        model.addAttribute("mode", "towns");
        return content.page(withRun(plan, period, model, "dashboard/compare",
                (p, run) -> model.addAttribute("view", dashboards.compare(p, run, towns == null ? List.of() : towns))), model, request, response);
    }

    /** 404 (a page or problem details) unless the code is 12 digits and names a unit, current or past. */
    private void requireKnownTown(String code) {
        if (!code.matches("\\d{12}")) {
            throw new NotFound("'" + code + "' is not a town code (9 or 12 digits)");
        }
        if (units.findByCodes(List.of(code)).getOrDefault(code, List.of()).isEmpty()) {
            throw new NotFound("no town has the code " + code);
        }
    }

    private String withRun(String planCode, String period, Model model, String view, BiConsumer<EvaluationPlan, RunInfo> fill) {
        boolean all = access.seesUnpublished();
        var plan = dashboards.plan(planCode);
        model.addAttribute("seesUnpublished", all);
        model.addAttribute("unitLevel", plan.map(EvaluationPlan::level).orElse(UnitLevel.TOWNSHIP)); // the words: 县, 镇, 村 ...
        if (plan.isEmpty()) {
            model.addAttribute("empty", true);
            return view;
        }
        model.addAttribute("plan", plan.get());
        model.addAttribute("plans", dashboards.plansWithRuns(all));
        model.addAttribute("periods", dashboards.periods(plan.get(), all));
        var run = dashboards.run(plan.get(), period, all);
        if (run.isEmpty()) {
            model.addAttribute("empty", true);
            return view;
        }
        model.addAttribute("run", run.get());
        model.addAttribute("empty", false);
        fill.accept(plan.get(), run.get());
        return view;
    }
}
