package org.tongchou.app.evaluation;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongchou.app.periods.Period;
import org.tongchou.app.web.BadInput;
import org.tongchou.app.web.NotFound;

/** Evaluation plans and runs for analysts: {@code /api/evaluations/...}. */
@RestController
@RequestMapping("/api/evaluations")
class EvaluationApiController {
    private final EvaluationService evaluation;
    private final ResultAccess access;

    EvaluationApiController(EvaluationService evaluation, ResultAccess access) {
        this.evaluation = evaluation;
        this.access = access;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @GetMapping("/plans")
    List<PlanForm> plans() {
        access.requireAnalyst();
        return evaluation.plans().stream().map(PlanForm::of).toList();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @GetMapping("/plans/{code}")
    PlanForm plan(@PathVariable String code) {
        access.requireAnalyst();
        return evaluation.plan(code).map(PlanForm::of)
                .orElseThrow(() -> new NotFound("no evaluation plan '" + code + "'"));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PutMapping("/plans/{code}")
    PlanForm save(@PathVariable String code, @RequestBody PlanForm form) {
        access.requireAnalyst();
        if (!code.equals(form.code())) {
            throw new BadInput("path code '" + code + "' differs from body code '" + form.code() + "'");
        }
        return PlanForm.of(save(form));
    }

    private EvaluationPlan save(PlanForm form) {
        return evaluation.save(form.toPlan());
    }

    /** Runs a plan for a period (e.g. {@code 2024}); 422 with every missing value when data are incomplete. */
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/plans/{code}/runs")
    RunInfo run(@PathVariable String code, @RequestParam String period) {
        String user = access.requireAnalyst();
        return evaluation.run(code, Period.parse(period), user);
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/runs/{id}/publish")
    RunInfo publish(@PathVariable long id) {
        String user = access.requireAnalyst();
        return evaluation.publish(id, user);
    }

    /** λmax, CI and CR of a pairwise matrix written as text. */
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/ahp")
    AhpCheck ahp(@RequestBody String matrix) {
        access.requireAnalyst();
        return AhpCheck.of(matrix);
    }
}
