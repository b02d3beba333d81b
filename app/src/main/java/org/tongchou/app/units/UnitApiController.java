package org.tongchou.app.units;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tongchou.app.security.ScopeService;

/** Units as JSON, under the same scope rules as the pages. */
@RestController
@Tag(name = "units", description = "Administrative units valid today, limited to the caller's scope")
class UnitApiController {
    private final UnitViews views;
    private final ScopeService scopes;

    UnitApiController(UnitViews views, ScopeService scopes) {
        this.views = views;
        this.scopes = scopes;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/api/towns")
    @Operation(summary = "The township-level units of the city that the caller may read")
    List<AdminUnit> towns() {
        return views.towns(scopes.currentUser().orElseThrow());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/api/units/{unitCode}")
    @Operation(summary = "A unit with its ancestors and its children (403 outside the caller's scope)")
    UnitView unit(@PathVariable String unitCode) {
        return views.view(unitCode, scopes.currentUser().orElseThrow());
    }
}
