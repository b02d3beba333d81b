package org.tongchou.app.entry;

import org.tongchou.app.security.Access;
import java.time.Clock;
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

    private final Clock clock;

    ReviewPageController(EntryService entry, ScopeService scopes, Clock clock) {
        this.clock = clock;
        this.entry = entry;
        this.scopes = scopes;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @GetMapping("/review")
    String queue(@RequestParam(required = false) String period, Model model) {
        requireReviewer();
        Period p = period == null || period.isBlank() ? EntryPageController.defaultPeriod(clock) : EntryPageController.period(period);
        List<Completeness> rows = entry.completeness(p);
        model.addAttribute("period", p);
        model.addAttribute("rows", rows);
        model.addAttribute("waiting", rows.stream().filter(r -> r.submitted() > 0).toList());
        return "entry/review";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/review/{unitCode}/{period}/approve")
    String approve(@PathVariable String unitCode, @PathVariable String period, @RequestParam(required = false) String etag,
            RedirectAttributes redirect) {
        AppUser user = requireReviewer();
        Period p = EntryPageController.period(period);
        try {
            // only what the queue showed: a value submitted or changed since refuses the approval
            redirect.addFlashAttribute("approved", entry.approve(unitCode, p, user.username(), entry.versionsIfUnchanged(unitCode, p, etag)));
            redirect.addFlashAttribute("unitCode", unitCode);
        } catch (org.tongchou.app.data.StaleValueException e) {
            redirect.addFlashAttribute("stale", unitCode);
        }
        return "redirect:/review?period=" + p.code();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/review/{unitCode}/{period}/return")
    String returnValues(@PathVariable String unitCode, @PathVariable String period, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) List<String> indicator, @RequestParam(required = false) String etag, RedirectAttributes redirect) {
        AppUser user = requireReviewer();
        Period p = EntryPageController.period(period);
        if (reason.isBlank()) {
            redirect.addFlashAttribute("reasonMissing", unitCode);
        } else {
            try {
                redirect.addFlashAttribute("returned", entry.returnValues(unitCode, p, indicator, reason, user.username(),
                        entry.versionsIfUnchanged(unitCode, p, etag)));
                redirect.addFlashAttribute("unitCode", unitCode);
            } catch (org.tongchou.app.data.StaleValueException e) {
                redirect.addFlashAttribute("stale", unitCode);
            }
        }
        return "redirect:/review?period=" + p.code();
    }

    /** Approves every submitted value of every town of the period (the queue's "approve all"). */
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/review/{period}/approve-all")
    String approveAll(@PathVariable String period, RedirectAttributes redirect) {
        AppUser user = requireReviewer();
        Period p = EntryPageController.period(period);
        java.util.Map<String, Integer> approved = entry.approveAll(p, user.username());
        redirect.addFlashAttribute("approvedAll", approved.values().stream().mapToInt(Integer::intValue).sum());
        redirect.addFlashAttribute("approvedTowns", approved.size());
        return "redirect:/review?period=" + p.code();
    }

    /**
     * Reopens one approved value with a reason (from its history page, where the new RETURNED entry
     * with the reason then shows). Without a reason nothing changes and the page says so.
     */
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/review/{unitCode}/{period}/reopen")
    String reopen(@PathVariable String unitCode, @PathVariable String period, @RequestParam String indicator,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        AppUser user = requireReviewer();
        Period p = EntryPageController.period(period);
        if (reason.isBlank()) {
            redirect.addFlashAttribute("reopenReasonMissing", true);
        } else {
            try {
                redirect.addFlashAttribute("reopened", entry.reopen(unitCode, p, List.of(indicator), reason, user.username()));
            } catch (EntryRequestException e) {
                redirect.addFlashAttribute("reopenRefused", e.problem());
            }
        }
        // built and encoded, not concatenated: the indicator is the user's text
        return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/entry/{u}/{p}/history/{i}")
                .buildAndExpand(unitCode, p.code(), indicator).encode().toUriString();
    }

    private AppUser requireReviewer() {
        AppUser user = scopes.currentUser().orElseThrow();
        if (user.role() != Role.ANALYST && user.role() != Role.ADMIN) {
            throw new AccessDeniedException("only analysts review data");
        }
        return user;
    }
}
