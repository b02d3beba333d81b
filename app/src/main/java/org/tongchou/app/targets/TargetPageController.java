package org.tongchou.app.targets;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.export.CsvExport;
import org.tongchou.app.web.FieldProblemsException;
import org.tongchou.app.web.NotFound;

/**
 * The targets pages (docs/targets.md): a year's targets of one indicator by unit with their pending
 * proposals, proposing (typed, imported, from the trend, shared out from a city target), approving and
 * rejecting, a target's history, and 时序进度 with its CSV export. Access: {@link TargetAccess}; posts
 * that approve or generate are for analysts (also matched in SecurityConfig).
 */
@Controller
class TargetPageController {
    private final TargetService targets;
    private final TargetProposals proposals;
    private final ProgressService progress;
    private final IndicatorService indicators;
    private final UnitService units;
    private final TargetAccess access;
    private final TargetRepository rows;
    private final TargetUploads uploads;
    private final Clock clock;

    TargetPageController(TargetService targets, TargetProposals proposals, ProgressService progress, IndicatorService indicators,
                         UnitService units, TargetAccess access, TargetRepository rows, TargetUploads uploads, Clock clock) {
        this.targets = targets;
        this.proposals = proposals;
        this.progress = progress;
        this.indicators = indicators;
        this.units = units;
        this.access = access;
        this.rows = rows;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** One unit's line for the chosen indicator: its approved target and its pending proposal. */
    record Line(String unitCode, String unitName, boolean city, Double approved, TargetProposal pending) {
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/targets")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String indicator, Model model) {
        int y = year != null ? year : rows.latestYear().orElse(LocalDate.now(clock).getYear());
        List<Indicator> all = indicators.list();
        String ind = indicator != null && all.stream().anyMatch(i -> i.code().equals(indicator)) ? indicator
                : all.stream().map(Indicator::code).filter(c -> c.equals("gdp")).findFirst().orElse(all.isEmpty() ? null : all.get(0).code());
        String only = access.onlyUnit();
        java.util.Set<String> visible = access.visibleUnits();
        List<AdminUnit> shown = new ArrayList<>();
        LocalDate end = LocalDate.of(y, 12, 31);
        if (only == null) shown.addAll(units.atLevel(UnitLevel.COUNTY, end).stream().filter(u -> visible == null || visible.contains(u.code())).toList());
        shown.addAll(units.atLevel(UnitLevel.TOWNSHIP, end).stream().filter(u -> visible == null || visible.contains(u.code())).toList());
        Map<Long, Target> approved = ind == null ? Map.of() : targets.list(List.of(ind), y).stream()
                .collect(Collectors.toMap(Target::unitId, Function.identity()));
        List<TargetProposal> pending = proposals.pending(y).stream().filter(p -> visible == null || visible.contains(p.unitCode())).toList();
        Map<Long, TargetProposal> pendingOfInd = pending.stream().filter(p -> p.indicator().equals(ind))
                .collect(Collectors.toMap(TargetProposal::unitId, Function.identity(), (a, b) -> b));
        List<Line> lines = shown.stream().map(u -> new Line(u.code(), u.name(), u.level() == UnitLevel.COUNTY,
                Optional.ofNullable(approved.get(u.id())).map(Target::value).orElse(null), pendingOfInd.get(u.id()))).toList();
        model.addAttribute("year", y);
        model.addAttribute("indicator", ind);
        model.addAttribute("indicators", all);
        model.addAttribute("names", all.stream().collect(Collectors.toMap(Indicator::code, Function.identity())));
        model.addAttribute("lines", lines);
        model.addAttribute("pending", pending);
        model.addAttribute("decided", only == null ? proposals.ofYear(y).stream().filter(p -> p.status() != TargetProposal.Status.PENDING)
                .filter(p -> visible == null || visible.contains(p.unitCode())).limit(30).toList()
                : List.of());
        model.addAttribute("analyst", access.analyst());
        model.addAttribute("canPropose", only != null || access.analyst());
        model.addAttribute("units", shown);
        model.addAttribute("areas", units.atLevel(UnitLevel.COUNTY, end));
        if (!model.containsAttribute("problems")) model.addAttribute("problems", List.of());
        return "targets/index";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PostMapping("/targets/propose")
    String propose(@RequestParam String unit, @RequestParam String indicator, @RequestParam int year, @RequestParam String value,
                   @RequestParam(required = false) String note, RedirectAttributes flash) {
        access.requireWrite(unit);
        double v = number(value);
        return refusedOr(flash, year, indicator, () -> {
            proposals.propose(List.of(new TargetProposals.Entry(unit, indicator, year, v, blank(note), null)), TargetMethod.ENTERED,
                    access.user().username());
            flash.addFlashAttribute("done", "proposed");
        });
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/targets/approve")
    String approve(@RequestParam int year, @RequestParam(required = false) String indicator, @RequestParam(name = "id", required = false) List<Long> ids,
                   RedirectAttributes flash) {
        String user = access.requireAnalyst();
        List<Long> chosen = ids == null ? List.of() : ids;
        proposals.approve(chosen, user);
        flash.addFlashAttribute("done", "approved");
        flash.addFlashAttribute("count", chosen.size());
        return redirect(year, indicator);
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/targets/reject")
    String reject(@RequestParam long id, @RequestParam int year, @RequestParam(required = false) String indicator,
                  @RequestParam(required = false) String reason, RedirectAttributes flash) {
        String user = access.requireAnalyst();
        return refusedOr(flash, year, indicator, () -> {
            proposals.reject(id, reason, user);
            flash.addFlashAttribute("done", "rejected");
        });
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PostMapping("/targets/import")
    String importFile(@RequestParam("file") MultipartFile file, @RequestParam int year, Model model) throws IOException {
        String only = access.onlyUnit();
        if (only == null) access.requireAnalyst();
        TargetProposals.ImportOutcome outcome = uploads.withFile(file, path -> proposals.importFile(path, access.user().username(), only));
        model.addAttribute("imported", outcome);
        return page(year, null, model);
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/targets/trend")
    String trend(@RequestParam String area, @RequestParam String indicator, @RequestParam int year, @RequestParam TrendProposer.Method method,
                 @RequestParam(defaultValue = "5") int years, RedirectAttributes flash) {
        String user = access.requireAnalyst();
        return refusedOr(flash, year, indicator, () -> {
            TargetProposals.Outcome o = proposals.proposeFromTrend(area, indicator, year, method, years, user);
            flash.addFlashAttribute("done", "generated");
            flash.addFlashAttribute("count", o.proposed());
            flash.addFlashAttribute("skipped", o.skipped());
        });
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/targets/share")
    String share(@RequestParam String area, @RequestParam String indicator, @RequestParam int year, @RequestParam String cityTarget,
                 @RequestParam int baseYear, RedirectAttributes flash) {
        String user = access.requireAnalyst();
        double v = number(cityTarget);
        return refusedOr(flash, year, indicator, () -> {
            TargetProposals.Outcome o = proposals.proposeShare(area, indicator, year, v, baseYear, user);
            flash.addFlashAttribute("done", "generated");
            flash.addFlashAttribute("count", o.proposed());
        });
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/targets/history")
    String history(@RequestParam String unit, @RequestParam String indicator, @RequestParam int year, Model model) {
        access.requireRead(unit);
        AdminUnit u = proposals.unitIn(unit, year).orElseThrow(() -> new NotFound("no unit " + unit + " in " + year));
        model.addAttribute("unit", u);
        model.addAttribute("indicator", indicators.find(indicator).orElseThrow(() -> new NotFound("no indicator " + indicator)));
        model.addAttribute("year", year);
        model.addAttribute("target", targets.find(u.id(), indicator, year).orElse(null));
        model.addAttribute("history", proposals.history(u.id(), indicator, year));
        return "targets/history";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/targets/progress")
    String progress(@RequestParam(required = false) String asOf, @RequestParam(defaultValue = "LINEAR") ProgressProfile profile, Model model) {
        model.addAttribute("report", report(asOf, profile));
        return "targets/progress";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/targets/progress.csv")
    ResponseEntity<byte[]> progressCsv(@RequestParam(required = false) String asOf, @RequestParam(defaultValue = "LINEAR") ProgressProfile profile) {
        ProgressService.Report r = report(asOf, profile);
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("unit", "unit_name", "indicator", "as_of", "profile", "target", "cumulative", "completion_pct", "elapsed_pct",
                "gap_points", "light", "projection", "projected_completion_pct", "method", "note"));
        for (ProgressService.Row row : r.rows()) {
            ProgressCalculator.Result x = row.result();
            table.add(List.of(row.unitCode(), row.unitName(), row.indicator(), r.asOf().code(), r.profile().name(), num(row.target()),
                    num(x.cumulative()), pct(x.completion()), pct(x.elapsed()), num(x.gapPoints()), row.light().name(), num(x.projection()),
                    pct(x.projectedCompletion()), x.method(), x.noteText() == null ? "" : x.noteText()));
        }
        return CsvExport.download("progress-" + r.asOf().code() + ".csv", table);
    }

    private ProgressService.Report report(String asOf, ProgressProfile profile) {
        Period p;
        if (asOf == null || asOf.isBlank()) {
            int y = rows.latestYear().orElse(LocalDate.now(clock).getYear());
            p = progress.defaultAsOf(y, LocalDate.now(clock));
        } else {
            p = Period.parse(asOf);
        }
        return progress.reportOf(p, profile, access.visibleUnits());
    }

    private String refusedOr(RedirectAttributes flash, int year, String indicator, Runnable action) {
        try {
            action.run();
        } catch (FieldProblemsException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return redirect(year, indicator);
    }

    private static String redirect(int year, String indicator) {
        return "redirect:/targets?year=" + year + (indicator == null ? "" : "&indicator=" + indicator);
    }

    private static double number(String text) {
        try {
            if (text == null) throw new NumberFormatException("no value");
            return Double.parseDouble(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new TargetRefusedException(List.of(new org.tongchou.app.web.FieldProblem("value", text, "is not a number")));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String num(Double v) {
        return v == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    private static String pct(Double v) {
        return v == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", v * 100);
    }

    static Comparator<AdminUnit> byCode() {
        return Comparator.comparing(AdminUnit::code);
    }
}
