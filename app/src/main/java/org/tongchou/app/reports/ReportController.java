package org.tongchou.app.reports;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.evaluation.ResultAccess;
import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;

/**
 * The briefing pack and ranking bulletin on the web (docs/reports.md):
 * <ul>
 * <li>{@code GET /reports}: the archive of every document produced (who, when, which run), newest first,
 * and a form to produce one for a published run; administrators, analysts and leaders (leaders see the
 * documents of published runs only);</li>
 * <li>{@code POST /reports} ({@code run}, {@code kind} pack|bulletin, {@code format} pdf|docx|xlsx,
 * {@code lang} zh|en): makes the document, archives it and redirects to its download; administrators and
 * analysts (also the button on the run page {@code /evaluation/runs/{id}});</li>
 * <li>{@code GET /reports/{id}/download}: the archived bytes, exactly as produced.</li>
 * </ul>
 * Town reporters have none of these (a pack holds every town's page; they read their own town's profile).
 */
@Controller
class ReportController {
    private final ReportService reports;
    private final ResultAccess access;
    private final EvaluationService evaluation;
    private final EvaluationResults results;
    private final ReportFonts fonts;

    ReportController(ReportService reports, ResultAccess access, EvaluationService evaluation, EvaluationResults results, ReportFonts fonts) {
        this.reports = reports;
        this.access = access;
        this.evaluation = evaluation;
        this.results = results;
        this.fonts = fonts;
    }

    /** A published run as the produce form offers it. */
    record RunOption(long id, String label) {
    }

    @GetMapping("/reports")
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER}, units = Access.Units.CITY)
    String archive(@RequestParam(required = false) Long run, Model model) {
        boolean all = access.seesUnpublished();
        model.addAttribute("reports", reports.archive(all));
        model.addAttribute("mayProduce", all);
        model.addAttribute("fontFound", fonts.available());
        model.addAttribute("font", fonts.describe());
        if (all) {
            List<RunOption> runs = evaluation.plans().stream().flatMap(p -> results.runs(p.code(), false).stream()
                    .map(r -> new RunOption(r.id(), p.name() + " · " + r.period().code() + " · #" + r.id()))).toList();
            model.addAttribute("runs", runs);
            model.addAttribute("selectedRun", run);
        }
        return "reports/archive";
    }

    @PostMapping("/reports")
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.CITY)
    String produce(@RequestParam long run, @RequestParam(defaultValue = "pack") String kind, @RequestParam(defaultValue = "pdf") String format,
                   @RequestParam(defaultValue = "zh") String lang) {
        String user = access.requireAnalyst();
        ReportService.Produced p = reports.produce(run, ReportKind.parse(kind), ReportFormat.parse(format), ReportService.locale(lang), user);
        return "redirect:/reports/" + p.archiveId() + "/download";
    }

    @GetMapping("/reports/{id}/download")
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER}, units = Access.Units.CITY)
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return reports.download(id, access.seesUnpublished());
    }

}
