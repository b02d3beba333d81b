package org.tongchou.app.evaluation;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.periods.Period;

/** Evaluation plans for analysts: list with runs, edit (with the AHP matrix editor), run, publish. */
@Controller
class PlanPageController {
    private final EvaluationService evaluation;
    private final EvaluationResults results;
    private final FrameworkService frameworks;
    private final ResultAccess access;
    private final org.springframework.context.MessageSource messages;
    private final RunNotes notes;

    private final Clock clock;

    PlanPageController(EvaluationService evaluation, EvaluationResults results, FrameworkService frameworks, ResultAccess access,
                       org.springframework.context.MessageSource messages, RunNotes notes, Clock clock) {
        this.clock = clock;
        this.notes = notes;
        this.messages = messages;
        this.evaluation = evaluation;
        this.results = results;
        this.frameworks = frameworks;
        this.access = access;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @GetMapping("/evaluation/plans")
    String list(Model model, java.util.Locale locale) {
        access.requireAnalyst();
        Map<String, List<RunRow>> runs = new LinkedHashMap<>();
        for (EvaluationPlan p : evaluation.plans()) {
            runs.put(p.code(), results.runs(p.code(), true).stream().map(r -> row(r, locale)).toList());
        }
        model.addAttribute("plans", evaluation.plans());
        model.addAttribute("runs", runs);
        return "evaluation/plans";
    }

    /** A run as the plans page lists it: times in the city's zone, notes in the page's language. */
    record RunRow(RunInfo info, String createdAt, List<String> notes) {
    }

    private RunRow row(RunInfo r, java.util.Locale locale) {
        return new RunRow(r, RunPageController.cityTime(r.createdAt(), clock.getZone()),
                results.notes(r).stream().map(n -> notes.text(n, locale, code -> code)).toList());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @GetMapping("/evaluation/plans/{code}")
    String edit(@PathVariable String code, Model model) {
        access.requireAnalyst();
        EvaluationPlan plan = evaluation.plan(code).orElseGet(() -> evaluation.plan(EvaluationPlan.DEFAULT_CODE)
                .map(d -> new EvaluationPlan(0, code, code, d.frameworkCode(), List.of(), d.normalisation(), d.indicatorWeighting(),
                        d.groupWeighting(), d.aggregation(), d.areaCode(), d.benchmarkCode(), Map.of(), d.boundaries()))
                .orElseThrow(() -> new PlanException(code, List.of("no such plan and no default plan to start from"))));
        fill(model, PlanForm.of(plan), List.of());
        return "evaluation/edit";
    }

    private void fill(Model model, PlanForm form, List<String> problems) {
        var fw = frameworks.find(form.frameworkCode());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("framework", fw.orElse(null));
        model.addAttribute("normalisations", PlanNormalisation.values());
        model.addAttribute("indicatorWeightings", IndicatorWeighting.values());
        model.addAttribute("groupWeightings", GroupWeighting.values());
        model.addAttribute("aggregations", PlanAggregation.values());
        model.addAttribute("boundaryChoices", PlanBoundaries.values());
        Map<String, List<String>> nodes = new LinkedHashMap<>();
        fw.ifPresent(f -> {
            PlanTree tree = PlanTree.of(f, form.indicators());
            nodes.put(EvaluationPlan.ROOT, tree.childrenOf(EvaluationPlan.ROOT));
            for (PlanTree.Dimension d : tree.dimensions()) {
                nodes.put(d.code(), tree.childrenOf(d.code()));
                for (PlanTree.Group g : d.groups()) if (!g.passThrough()) nodes.put(g.code(), tree.childrenOf(g.code()));
            }
        });
        model.addAttribute("ahpNodes", nodes);
        Map<String, String> matrices = new HashMap<>(form.matrices() == null ? Map.of() : form.matrices());
        nodes.forEach((k, v) -> matrices.putIfAbsent(k, PlanForm.format(PairwiseMatrix.identity(k, v.size()).values())));
        model.addAttribute("matrices", matrices);
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/evaluation/plans")
    String save(@RequestParam String code, @RequestParam String name, @RequestParam String frameworkCode,
                @RequestParam(required = false) List<String> indicators, @RequestParam PlanNormalisation normalisation,
                @RequestParam IndicatorWeighting indicatorWeighting, @RequestParam GroupWeighting groupWeighting,
                @RequestParam PlanAggregation aggregation, @RequestParam String areaCode,
                @RequestParam(required = false) String benchmarkCode,
                @RequestParam(required = false) PlanBoundaries boundaries, @RequestParam Map<String, String> all, Model model) {
        access.requireAnalyst();
        Map<String, String> matrices = new HashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith("matrix.")) matrices.put(k.substring("matrix.".length()), v);
        });
        boolean needMatrices = indicatorWeighting == IndicatorWeighting.AHP || indicatorWeighting == IndicatorWeighting.COMBINED
                || groupWeighting == GroupWeighting.AHP;
        PlanForm form = new PlanForm(code, name, frameworkCode, indicators == null ? List.of() : indicators, normalisation,
                indicatorWeighting, groupWeighting, aggregation, areaCode, benchmarkCode, needMatrices ? matrices : Map.of(), boundaries);
        try {
            evaluation.save(form.toPlan());
        } catch (PlanException e) {
            fill(model, form, e.problems());
            return "evaluation/edit";
        }
        return "redirect:/evaluation/plans";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/evaluation/plans/{code}/run")
    String run(@PathVariable String code, @RequestParam String period, RedirectAttributes flash, java.util.Locale locale) {
        String user = access.requireAnalyst();
        Period p;
        try {
            p = Period.parse(period);
        } catch (org.tongchou.app.periods.InvalidPeriodException e) {
            flash.addFlashAttribute("error", messages.getMessage("eval.badPeriod", new Object[] {period}, locale));
            return "redirect:/evaluation/plans";
        }
        try {
            RunInfo r = evaluation.run(code, p, user);
            flash.addFlashAttribute("message", messages.getMessage("eval.runDone", new Object[] {r.period().code(), r.dataVersion(),
                    String.valueOf(r.id())}, locale));
        } catch (IncompleteDataException e) {
            flash.addFlashAttribute("error", messages.getMessage("eval.incomplete",
                    new Object[] {e.period(), e.missing().size(), IncompleteDataException.preview(e.missing())}, locale));
        } catch (PlanException e) {
            flash.addFlashAttribute("error", messages.getMessage("eval.planRefused", new Object[] {code, String.join("; ", e.problems())}, locale));
        }
        return "redirect:/evaluation/plans";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/evaluation/runs/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash, java.util.Locale locale) {
        String user = access.requireAnalyst();
        evaluation.publish(id, user);
        flash.addFlashAttribute("message", messages.getMessage("eval.runPublished", new Object[] {String.valueOf(id)}, locale));
        return "redirect:/evaluation/plans";
    }

    /** htmx: λmax, CI and CR of the matrix being typed. */
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/evaluation/ahp")
    String ahp(@RequestParam Map<String, String> params, Model model) {
        access.requireAnalyst();
        String text = params.entrySet().stream().filter(e -> e.getKey().startsWith("matrix.")).map(Map.Entry::getValue).findFirst().orElse("");
        model.addAttribute("check", AhpCheck.of(text));
        return "evaluation/ahp :: result";
    }
}
