package org.tongchou.app.entry;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongchou.app.periods.Period;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.ScopeService;

/** The review queue of a period (analysts and administrators): completeness per town, approve or return a town's values. */
@Controller
class ReviewPageController {
    private final EntryService entry;
    private final ScopeService scopes;

    ReviewPageController(EntryService entry, ScopeService scopes) {
        this.entry = entry;
        this.scopes = scopes;
    }

    @GetMapping("/review")
    String queue(@RequestParam(required = false) String period, Model model) {
        requireReviewer();
        Period p = period == null || period.isBlank() ? EntryPageController.defaultPeriod() : EntryPageController.period(period);
        List<Completeness> rows = entry.completeness(p);
        model.addAttribute("period", p);
        model.addAttribute("rows", rows);
        model.addAttribute("waiting", rows.stream().filter(r -> r.submitted() > 0).toList());
        return "entry/review";
    }

    @PostMapping("/review/{unitCode}/{period}/approve")
    String approve(@PathVariable String unitCode, @PathVariable String period, RedirectAttributes redirect) {
        AppUser user = requireReviewer();
        Period p = EntryPageController.period(period);
        redirect.addFlashAttribute("approved", entry.approve(unitCode, p, user.username()));
        redirect.addFlashAttribute("unitCode", unitCode);
        return "redirect:/review?period=" + p.code();
    }

    @PostMapping("/review/{unitCode}/{period}/return")
    String returnValues(@PathVariable String unitCode, @PathVariable String period, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) List<String> indicator, RedirectAttributes redirect) {
        AppUser user = requireReviewer();
        Period p = EntryPageController.period(period);
        if (reason.isBlank()) {
            redirect.addFlashAttribute("reasonMissing", unitCode);
        } else {
            redirect.addFlashAttribute("returned", entry.returnValues(unitCode, p, indicator, reason, user.username()));
            redirect.addFlashAttribute("unitCode", unitCode);
        }
        return "redirect:/review?period=" + p.code();
    }

    private AppUser requireReviewer() {
        AppUser user = scopes.currentUser().orElseThrow();
        if (user.role() != Role.ANALYST && user.role() != Role.ADMIN) {
            throw new AccessDeniedException("only analysts review data");
        }
        return user;
    }
}
