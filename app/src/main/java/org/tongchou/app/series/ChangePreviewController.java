package org.tongchou.app.series;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.tongchou.app.units.UnitChangeCheck;
import org.tongchou.app.units.UnitChangeChecker;
import org.tongchou.app.units.UnitChangeForm;

/**
 * Step 3 of the units module's unit-change wizard (ADMIN, under /admin/**): what the change would do
 * to comparable series, answered here because comparable series are this module's and series depend
 * on units, not the reverse. Nothing is written; a form with problems shows them instead.
 */
@Controller
class ChangePreviewController {
    private final UnitChangeChecker checker;
    private final ChangePreviewService previews;

    ChangePreviewController(UnitChangeChecker checker, ChangePreviewService previews) {
        this.checker = checker;
        this.previews = previews;
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/units/change/preview")
    String preview(@ModelAttribute("form") UnitChangeForm form, Model model, Locale locale) {
        UnitChangeCheck check = checker.check(form);
        model.addAttribute("check", check);
        model.addAttribute("checked", true);
        if (check.ok()) model.addAttribute("preview", previews.preview(check.change(), form.indicatorCodes(), locale));
        return "units/unit-change :: preview";
    }
}
