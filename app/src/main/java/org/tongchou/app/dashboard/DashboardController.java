package org.tongchou.app.dashboard;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.ResultAccess;
import org.tongchou.app.evaluation.RunInfo;

/**
 * The pages leaders read: city dashboard, town profile, comparison. Everything comes from stored runs;
 * leaders and town reporters see published runs only. Charts are drawn by {@code /js/evaluation.js}
 * from the same data as JSON ({@code /api/results/...}).
 */
@Controller
class DashboardController {
    private final DashboardService dashboards;
    private final ResultAccess access;

    DashboardController(DashboardService dashboards, ResultAccess access) {
        this.dashboards = dashboards;
        this.access = access;
    }

    @GetMapping("/dashboard")
    String city(@RequestParam(required = false) String plan, @RequestParam(required = false) String period, Model model) {
        boolean all = access.seesUnpublished();
        return withRun(plan, period, model, "dashboard/city", (p, run) -> model.addAttribute("view", dashboards.city(p, run, all)));
    }

    @GetMapping("/towns/{code}")
    String town(@PathVariable String code, @RequestParam(required = false) String plan, @RequestParam(required = false) String period, Model model) {
        boolean all = access.seesUnpublished();
        return withRun(plan, period, model, "dashboard/town", (p, run) -> model.addAttribute("view", dashboards.town(p, run, code, all)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "town " + code + " is not in run " + run.id()))));
    }

    @GetMapping("/compare")
    String compare(@RequestParam(required = false) List<String> towns, @RequestParam(required = false) String plan,
                   @RequestParam(required = false) String period, Model model) {
        return withRun(plan, period, model, "dashboard/compare",
                (p, run) -> model.addAttribute("view", dashboards.compare(p, run, towns == null ? List.of() : towns)));
    }

    private String withRun(String planCode, String period, Model model, String view, java.util.function.BiConsumer<EvaluationPlan, RunInfo> fill) {
        boolean all = access.seesUnpublished();
        var plan = dashboards.plan(planCode);
        model.addAttribute("seesUnpublished", all);
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
