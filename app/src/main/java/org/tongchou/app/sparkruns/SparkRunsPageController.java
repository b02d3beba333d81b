package org.tongchou.app.sparkruns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongchou.app.export.CsvExport;
import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import org.tongchou.app.web.BadInput;

/**
 * The runs the Spark job wrote to this database ({@code tongchou spark evaluate --out-jdbc}, docs/spark.md) and
 * one run's national figures: for a period, every unit by national rank with its name and its area's (from the
 * units module), a page of {@link #UNITS_SHOWN} at a time, the whole period as a CSV download, and the nation's
 * disparity (the Theil index between and within the areas). Spark runs are analysts' work that is never
 * published, so they are scoped as unpublished evaluation runs are: analysts and administrators only. The page
 * reads tables; it works the same whether Spark is installed or not (without runs it says how to make one).
 */
@Controller
class SparkRunsPageController {
    static final int RUNS_SHOWN = 100;
    static final int UNITS_SHOWN = 100;
    private final SparkRunRepository runs;
    private final SparkUnitNames names;

    SparkRunsPageController(SparkRunRepository runs, SparkUnitNames names) {
        this.runs = runs;
        this.names = names;
    }

    /** A unit of the ranks table with its name and its area's (null where this database has no such unit). */
    record RankedUnit(SparkRunRepository.UnitFigure figure, String name, String areaName) {
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
    String run(@PathVariable String runId, @RequestParam(required = false) String period, @RequestParam(required = false) String after,
               Model model) {
        Shown s = shown(runId, period);
        SparkRunRepository.After from = after(after);
        List<RankedUnit> page = List.of();
        long first = 0;
        String next = null;
        long count = 0;
        if (s.period() != null && s.index() != null) {
            List<SparkRunRepository.UnitFigure> rows = runs.page(runId, s.period(), s.index(), s.national(), from, UNITS_SHOWN + 1);
            boolean more = rows.size() > UNITS_SHOWN;
            if (more) rows = rows.subList(0, UNITS_SHOWN);
            page = named(rows, s.period());
            count = runs.unitCount(runId, s.period(), s.index());
            first = (from == null ? 0 : runs.before(runId, s.period(), s.index(), s.national(), from)) + 1;
            if (more) {
                SparkRunRepository.UnitFigure last = rows.get(rows.size() - 1);
                next = last.shownRank() + "," + last.rank() + "," + last.unit();
            }
        }
        model.addAttribute("run", s.run());
        model.addAttribute("periods", s.periods());
        model.addAttribute("period", s.period());
        model.addAttribute("index", s.index());
        model.addAttribute("top", page);
        model.addAttribute("firstShown", first);
        model.addAttribute("lastShown", first + page.size() - 1);
        model.addAttribute("next", next);
        model.addAttribute("paged", from != null);
        model.addAttribute("pageSize", UNITS_SHOWN);
        model.addAttribute("unitCount", count);
        model.addAttribute("disparity", s.period() == null ? List.of() : runs.nationalDisparity(runId, s.period()));
        model.addAttribute("refusals", runs.refusals(runId, 20));
        return "sparkruns/run";
    }

    /**
     * Every unit of a period by national rank as CSV: rank, code, name, area, its name, rank in the area, score
     * (as stored, exactly); every text cell neutralised against spreadsheet formulas ({@link CsvExport}).
     */
    @GetMapping("/spark/runs/{runId}/ranks.csv")
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    ResponseEntity<byte[]> ranksCsv(@PathVariable String runId, @RequestParam(required = false) String period) {
        Shown s = shown(runId, period);
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("national_rank", "unit", "name", "area", "area_name", "rank_in_area", "score"));
        if (s.period() != null && s.index() != null) {
            List<SparkRunRepository.UnitFigure> all = runs.page(runId, s.period(), s.index(), s.national(), null, Integer.MAX_VALUE);
            for (RankedUnit u : named(all, s.period())) {
                SparkRunRepository.UnitFigure f = u.figure();
                table.add(List.of(number(f.shownRank()), f.unit(), u.name() == null ? "" : u.name(), f.area(),
                        u.areaName() == null ? "" : u.areaName(), number(f.rank()), Double.toString(f.score())));
            }
        }
        return CsvExport.download("spark-run-" + runId + "-" + (s.period() == null ? "none" : s.period()) + ".csv", table);
    }

    /** The run, its periods, the one shown (the latest unless asked) and its index. */
    private record Shown(SparkRunRepository.SparkRun run, List<String> periods, String period, String index, boolean national) {
    }

    private Shown shown(String runId, String period) {
        SparkRunRepository.SparkRun run = runs.run(runId).orElseThrow(() -> new UnknownSparkRunException(runId));
        String index = runs.index(runId).orElse(null);
        List<String> periods = index == null ? List.of() : runs.periods(runId, index);
        String shown = period == null || period.isBlank() ? (periods.isEmpty() ? null : periods.get(0)) : period;
        if (shown != null && !periods.contains(shown)) throw new UnknownSparkRunException(runId, shown);
        return new Shown(run, periods, shown, index, run.areaColumn() == null);
    }

    private List<RankedUnit> named(List<SparkRunRepository.UnitFigure> rows, String period) {
        Map<String, String> n = names.of(SparkUnitNames.codes(rows), period);
        return rows.stream().map(f -> new RankedUnit(f, n.get(f.unit()), n.get(f.area()))).toList();
    }

    /** {@code after} as the page links write it: shown rank, rank in the area, unit code. */
    static SparkRunRepository.After after(String after) {
        if (after == null || after.isBlank()) return null;
        String[] p = after.split(",", 3);
        try {
            if (p.length == 3 && !p[2].isBlank()) return new SparkRunRepository.After(Double.parseDouble(p[0]), Double.parseDouble(p[1]), p[2]);
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadInput("parameter 'after' must be 'rank,rank in area,unit code' as the page's link writes it, not '" + after + "'",
                "spark.badAfter", after);
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : Double.toString(d);
    }
}
