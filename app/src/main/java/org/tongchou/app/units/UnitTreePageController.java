package org.tongchou.app.units;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' unit tree (city → towns → villages) as it was on a day, with each unit's
 * validity, kind and lineage, and links into the change wizard; {@code root} shows another subtree.
 */
@Controller
class UnitTreePageController {
    private final UnitTreeBuilder trees;
    private final String cityCode;

    private final Clock clock;

    UnitTreePageController(UnitTreeBuilder trees, @Value("${tongchou.city-code:320582}") String cityCode, Clock clock) {
        this.clock = clock;
        this.trees = trees;
        this.cityCode = cityCode;
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/admin/units")
    String tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String root, Model model) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        String code = root == null || root.isBlank() ? cityCode : root.trim();
        model.addAttribute("on", day);
        model.addAttribute("cityCode", code);
        model.addAttribute("tree", code.matches("\\d{2,12}") ? trees.tree(code, day).orElse(null) : null);
        return "units/unit-tree";
    }
}
