package org.tongchou.app.sparkruns;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;

/**
 * The runs the Spark job wrote to this database ({@code tongchou spark evaluate --out-jdbc}, docs/spark.md) and
 * one run's national figures: for a period, the units by national rank and the nation's disparity (the Theil
 * index between and within the areas). Spark runs are analysts' work that is never published, so they are
 * scoped as unpublished evaluation runs are: analysts and administrators only. The page reads tables; it works
 * the same whether Spark is installed or not (without runs it says how to make one).
 */
@Controller
class SparkRunsPageController {
    static final int RUNS_SHOWN = 100;
    static final int UNITS_SHOWN = 100;
    private final SparkRunRepository runs;

    SparkRunsPageController(SparkRunRepository runs) {
        this.runs = runs;
    }

    @GetMapping("/spark/runs")
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    String list(Model model) {
        model.addAttribute("runs", runs.runs(RUNS_SHOWN));
        model.addAttribute("shownAtMost", RUNS_SHOWN);
        return "sparkruns/list";
    }

    @GetMapping("/spark/runs/{runId}")
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    String run(@PathVariable String runId, @RequestParam(required = false) String period, Model model) {
        SparkRunRepository.SparkRun run = runs.run(runId).orElseThrow(() -> new UnknownSparkRunException(runId));
        List<String> periods = runs.periods(runId);
        String shown = period == null || period.isBlank() ? (periods.isEmpty() ? null : periods.get(0)) : period;
        if (shown != null && !periods.contains(shown)) throw new UnknownSparkRunException(runId, shown);
        String index = runs.index(runId).orElse(null);
        model.addAttribute("run", run);
        model.addAttribute("periods", periods);
        model.addAttribute("period", shown);
        model.addAttribute("index", index);
        model.addAttribute("top", shown == null || index == null ? List.of() : runs.top(runId, shown, index, UNITS_SHOWN));
        model.addAttribute("unitCount", shown == null || index == null ? 0 : runs.unitCount(runId, shown, index));
        model.addAttribute("disparity", shown == null ? List.of() : runs.nationalDisparity(runId, shown));
        model.addAttribute("refusals", runs.refusals(runId, 20));
        return "sparkruns/run";
    }
}
