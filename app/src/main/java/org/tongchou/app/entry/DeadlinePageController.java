package org.tongchou.app.entry;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongchou.app.periods.Period;
import org.tongchou.app.web.BadInput;

/** Periods and reporting deadlines (ADMIN). */
@Controller
class DeadlinePageController {
    private final DeadlineService deadlines;
    private final MessageSource messages;

    DeadlinePageController(DeadlineService deadlines, MessageSource messages) {
        this.deadlines = deadlines;
        this.messages = messages;
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
            @RequestParam(required = false) String note, RedirectAttributes flash, Locale locale) {
        try {
            deadlines.set(new ReportingDeadline(Period.parse(period.strip()), due, note));
            flash.addFlashAttribute("saved", period.strip());
        } catch (BadInput e) {
            // a period that is not one, a due date not after the period's start: the form again, in the page's language
            flash.addFlashAttribute("problem", e.detail(messages, locale));
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
