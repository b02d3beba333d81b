package org.tongchou.app.units;

import org.tongchou.app.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.ScopeService;

/**
 * The towns of the city and each unit's page (its place in the hierarchy and its villages). The
 * {@code {unitCode}} path variable puts every request under the unit-scope check.
 */
@Controller
class UnitPageController {
    private final UnitViews views;
    private final ScopeService scopes;

    UnitPageController(UnitViews views, ScopeService scopes) {
        this.views = views;
        this.scopes = scopes;
    }

    /** A reporter has one town: the list sends them straight to it. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/units")
    String towns(Model model) {
        AppUser user = scopes.currentUser().orElseThrow();
        if (user.role() == Role.REPORTER) return "redirect:/units/" + user.scopeUnit();
        model.addAttribute("towns", views.towns(user));
        return "units/towns";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/units/{unitCode}")
    String unit(@PathVariable String unitCode, Model model) {
        UnitView view = views.view(unitCode, scopes.currentUser().orElseThrow());
        model.addAttribute("view", view);
        model.addAttribute("lineage", views.lineage(view.unit()));
        return "units/unit";
    }
}
