package org.tongchou.app.entry;

import org.tongchou.app.security.Access;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongchou.app.periods.Period;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.ScopeService;

/**
 * The entry pages: choosing a unit and period, the form (save as draft, submit), the check of one
 * field as it is typed (htmx) and a value's history. Every path with a unit carries {@code {unitCode}},
 * so the unit-scope check applies (a reporter only reaches their town and its villages).
 */
@Controller
class EntryPageController {
    private final EntryService entry;
    private final EntryWorkbook workbook;
    private final ScopeService scopes;

    private final Clock clock;

    EntryPageController(EntryService entry, EntryWorkbook workbook, ScopeService scopes, Clock clock) {
        this.clock = clock;
        this.entry = entry;
        this.workbook = workbook;
        this.scopes = scopes;
    }

    /** The Excel template of the form (the data feature's wide import format). */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/entry/{unitCode}/{period}/template.xlsx")
    void template(@PathVariable String unitCode, @PathVariable String period, HttpServletResponse response) throws java.io.IOException {
        Period p = period(period);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"entry-" + unitCode + "-" + p.code() + ".xlsx\"");
        workbook.template(unitCode, p, response.getOutputStream());
    }

    /** Uploads a filled template: checked whole (dry run unless {@code write=true}); every problem with its row and column. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PostMapping("/entry/{unitCode}/{period}/upload")
    String upload(@PathVariable String unitCode, @PathVariable String period, @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @RequestParam(defaultValue = "false") boolean write, Model model) throws java.io.IOException {
        Period p = period(period);
        AppUser user = scopes.currentUser().orElseThrow();
        try (var in = file.getInputStream()) {
            model.addAttribute("report", workbook.upload(unitCode, p, file.getOriginalFilename(), in, !write, user));
        }
        model.addAttribute("unit", entry.unit(unitCode));
        model.addAttribute("period", p);
        return "entry/upload";
    }

    /** The units the user may fill in for a period (default: last year). */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/entry")
    String index(@RequestParam(required = false) String period, Model model) {
        AppUser user = scopes.currentUser().orElseThrow();
        Period p = period == null || period.isBlank() ? defaultPeriod(clock) : period(period);
        List<org.tongchou.app.units.AdminUnit> units = new ArrayList<>();
        if (user.role() == Role.REPORTER) {
            var town = entry.unit(user.scopeUnit());
            units.add(town);
            units.addAll(entry.children(town));
        } else {
            units.addAll(entry.towns());
        }
        model.addAttribute("period", p);
        model.addAttribute("units", units);
        return "entry/index";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/entry/{unitCode}/{period}")
    String form(@PathVariable String unitCode, @PathVariable String period, Model model) {
        model.addAttribute("form", entry.form(unitCode, period(period)));
        return "entry/form";
    }

    /** Save as draft ({@code action=save}) or submit ({@code action=submit}); problems are shown on the form, nothing saved. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PostMapping("/entry/{unitCode}/{period}")
    String save(@PathVariable String unitCode, @PathVariable String period, @RequestParam Map<String, String> params,
            Model model, HttpServletResponse response) {
        boolean submit = "submit".equals(params.get("action"));
        AppUser user = scopes.currentUser().orElseThrow();
        Period p = period(period);
        try {
            entry.save(unitCode, p, inputs(params), submit, user.username());
            return "redirect:/entry/" + unitCode + "/" + p.code() + "?saved=" + (submit ? "submitted" : "draft");
        } catch (EntryRejectedException e) {
            response.setStatus(422);
            model.addAttribute("form", e.form());
            model.addAttribute("rejected", e.problems().size());
            return "entry/form";
        } catch (org.tongchou.app.data.StaleValueException e) {
            // someone changed values since this form was read: show the form as stored now, with both values of each
            response.setStatus(409);
            model.addAttribute("form", entry.form(unitCode, p));
            model.addAttribute("stale", e.conflicts());
            return "entry/form";
        }
    }

    /** htmx: checks the form as typed and answers the feedback of one field. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PostMapping("/entry/{unitCode}/{period}/check/{indicator}")
    String check(@PathVariable String unitCode, @PathVariable String period, @PathVariable String indicator,
            @RequestParam Map<String, String> params, Model model) {
        EntryForm form = entry.check(unitCode, period(period), inputs(params), true);
        model.addAttribute("f", form.field(indicator));
        return "entry/form :: feedback";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/entry/{unitCode}/{period}/history/{indicator}")
    String history(@PathVariable String unitCode, @PathVariable String period, @PathVariable String indicator, Model model) {
        Period p = period(period);
        model.addAttribute("unit", entry.unit(unitCode));
        model.addAttribute("period", p);
        model.addAttribute("indicator", indicator);
        List<org.tongchou.app.data.AuditEntry> history = entry.history(unitCode, p, indicator);
        model.addAttribute("history", history);
        AppUser user = scopes.currentUser().orElseThrow();
        boolean approved = !history.isEmpty() && history.get(history.size() - 1).newStatus() == org.tongchou.app.data.ValueStatus.APPROVED;
        model.addAttribute("canReopen", approved && (user.role() == Role.ANALYST || user.role() == Role.ADMIN));
        return "entry/history";
    }

    /**
     * Form fields are named {@code v_<indicator>} (value), {@code c_<indicator>} (comment) and {@code ver_<indicator>}
     * (the stored version the form showed; optimistic locking).
     */
    static List<EntryInput> inputs(Map<String, String> params) {
        List<EntryInput> out = new ArrayList<>();
        params.forEach((k, v) -> {
            if (k.startsWith("v_")) {
                String code = k.substring(2);
                out.add(new EntryInput(code, v, params.get("c_" + code), version(params.get("ver_" + code))));
            }
        });
        return out;
    }

    private static Long version(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Parses a period from a page's URL; a bad one is answered 400 (a friendly page), not 500. */
    static Period period(String text) {
        return Period.parse(text);
    }

    /** Last calendar year (Beijing time): the usual yearly report. */
    static Period defaultPeriod(Clock clock) {
        return Period.year(LocalDate.now(clock).getYear() - 1);
    }
}
