package org.tongchou.app.units;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongchou.app.indicators.KeyIndicators;

/**
 * The unit change wizard (ADMIN, under /admin/**): one page whose steps are the change (kind, date,
 * source note), its units (predecessors, successors with shares), checked as typed (htmx), the
 * preview of comparable series before and after (answered by the series module's
 * {@code ChangePreviewController}, which owns comparable series), and applying it.
 */
@Controller
class UnitChangeWizardController {
    private final UnitChangeChecker checker;
    private final KeyIndicators keyIndicators;
    private final UnitChangeApplier applier;
    private final UnitService units;

    UnitChangeWizardController(UnitChangeChecker checker, KeyIndicators keyIndicators, UnitChangeApplier applier,
            UnitService units) {
        this.units = units;
        this.checker = checker;
        this.keyIndicators = keyIndicators;
        this.applier = applier;
    }

    /** The empty wizard; {@code kind} and {@code from} (a predecessor's code) pre-fill it from the unit tree. */
    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/admin/units/change")
    String wizard(@RequestParam(required = false) String kind, @RequestParam(required = false) String from, Model model) {
        UnitChangeForm form = new UnitChangeForm();
        form.setKind(kind == null ? ChangeKind.SPLIT.name() : kind);
        form.setPredecessors(from);
        model.addAttribute("form", form);
        return page(model, null);
    }

    /** Checks the form as it is typed: the fragment lists the problems by field and the sum of the shares. */
    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/units/change/check")
    String check(@ModelAttribute("form") UnitChangeForm form, Model model) {
        model.addAttribute("check", checker.check(form));
        model.addAttribute("checked", true);
        return "units/unit-change :: check";
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/units/change/apply")
    String apply(@ModelAttribute("form") UnitChangeForm form, Model model, Principal principal,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        UnitChangeCheck check = checker.check(form);
        if (!check.ok()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, check);
        }
        try {
            applier.apply(new ChangeProposal("wizard", "wizard", null, check.change().date(), 0, List.of(check.change())),
                    principal.getName());
        } catch (ProposalException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("applyProblems", e.problems());
            return page(model, check);
        }
        redirect.addFlashAttribute("applied", UnitChangeApplier.describe(check.change()));
        return "redirect:/admin/units?on=" + check.change().date() + "&root=" + treeRoot(check);
    }

    /** The tree to show after applying: the subtree of the predecessors' parent, where the change happened. */
    private String treeRoot(UnitChangeCheck check) {
        return check.predecessors().stream().map(AdminUnit::parentId).filter(java.util.Objects::nonNull).findFirst()
                .flatMap(units::find).map(AdminUnit::shortCode).orElse("");
    }

    private String page(Model model, UnitChangeCheck check) {
        UnitChangeForm form = (UnitChangeForm) model.getAttribute("form");
        form.padRows();
        model.addAttribute("kinds", List.of(ChangeKind.MERGE, ChangeKind.SPLIT, ChangeKind.RENAME, ChangeKind.RECODE,
                ChangeKind.REPARENT, ChangeKind.ABOLISH));
        model.addAttribute("check", check != null ? check : checker.check(form));
        model.addAttribute("keyIndicators", keyIndicators.list().stream().map(i -> i.code()).toList());
        model.addAttribute("checked", check != null);
        return "units/unit-change";
    }
}
