package org.tongchou.app.entry;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongchou.app.periods.Period;

/** Periods and reporting deadlines (ADMIN). */
@Controller
class DeadlinePageController {
    private final DeadlineService deadlines;

    DeadlinePageController(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/admin/periods")
    String page(Model model) {
        model.addAttribute("deadlines", deadlines.list());
        return "entry/deadlines";
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/periods")
    String set(@RequestParam String period, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        try {
            deadlines.set(new ReportingDeadline(Period.parse(period.strip()), due, note));
            flash.addFlashAttribute("saved", period.strip());
        } catch (IllegalArgumentException | org.tongchou.app.periods.InvalidPeriodException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/periods";
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/periods/delete")
    String delete(@RequestParam String period, RedirectAttributes flash) {
        deadlines.remove(Period.parse(period));
        return "redirect:/admin/periods";
    }
}
