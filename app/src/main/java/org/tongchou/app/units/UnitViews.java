package org.tongchou.app.units;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.ScopeService;
import org.tongchou.app.web.NotFound;

/**
 * Builds {@link UnitView}s for the unit page and API. Children are filtered to what the user may
 * read, and the list of towns is the configured city's ({@code tongchou.city-code}, default 320582).
 */
@Component
class UnitViews {
    private final UnitService units;
    private final ScopeService scopes;
    private final String cityCode;

    private final Clock clock;

    UnitViews(UnitService units, ScopeService scopes, @Value("${tongchou.city-code:320582}") String cityCode, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.scopes = scopes;
        this.cityCode = cityCode;
    }

    UnitView view(String unitCode, AppUser user) {
        AdminUnit unit = current(unitCode);
        List<AdminUnit> ancestors = new ArrayList<>(units.ancestors(unit.id()));
        Collections.reverse(ancestors);
        List<AdminUnit> children = readable(user, units.children(unit.id(), today()));
        return new UnitView(unit, ancestors, children);
    }

    /** The events of the unit's lineage, before and after it, in date order. */
    List<org.tongchou.app.units.ChangeEvent> lineage(AdminUnit unit) {
        return units.lineage(unit.id()).events();
    }

    /** The township-level units of the city valid today that the user may read. */
    List<AdminUnit> towns(AppUser user) {
        return readable(user, units.withinCode(cityCode, today()).stream().filter(u -> u.level() == UnitLevel.TOWNSHIP).toList());
    }

    /** Those of the units the user may read, decided as one set ({@link ScopeService#readable}), in their order. */
    private List<AdminUnit> readable(AppUser user, List<AdminUnit> all) {
        java.util.Set<String> codes = scopes.readable(user, all.stream().map(AdminUnit::code).toList());
        return all.stream().filter(u -> codes.contains(u.code())).toList();
    }

    private AdminUnit current(String code) {
        try {
            return units.findByCode(code, today()).orElseThrow(() -> new NotFound("no administrative unit with code " + code + " is valid today"));
        } catch (IllegalArgumentException malformed) {
            throw new NotFound(malformed.getMessage());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
