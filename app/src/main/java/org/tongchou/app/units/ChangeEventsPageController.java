package org.tongchou.app.units;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of unit change events with their units, shares and source notes (ADMIN). */
@Controller
class ChangeEventsPageController {
    private final UnitService units;

    private final Clock clock;

    ChangeEventsPageController(UnitService units, Clock clock) {
        this.clock = clock;
        this.units = units;
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/admin/units/events")
    String events(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate start = from == null ? LocalDate.of(1949, 10, 1) : from;
        LocalDate end = to == null ? LocalDate.now(clock).plusYears(10) : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        java.util.List<org.tongchou.app.units.ChangeEvent> events = new java.util.ArrayList<>(units.changeEvents(start, end));
        java.util.Collections.reverse(events);
        model.addAttribute("events", events);
        return "units/admin-events";
    }
}
