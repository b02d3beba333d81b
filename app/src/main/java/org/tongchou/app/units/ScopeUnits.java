package org.tongchou.app.units;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongchou.app.security.UnitHierarchy;

/** The unit hierarchy as security's scope checks ask for it. */
@Component
class ScopeUnits implements UnitHierarchy {
    private final UnitService units;

    ScopeUnits(UnitService units) {
        this.units = units;
    }

    @Override
    public boolean isWithin(String unitCode, String ancestorCode, LocalDate day) {
        Optional<AdminUnit> unit = current(unitCode, day);
        Optional<AdminUnit> ancestor = current(ancestorCode, day);
        return unit.isPresent() && ancestor.isPresent() && units.isWithin(unit.get().id(), ancestor.get().id());
    }

    @Override
    public Set<String> codesWithin(String areaCode, LocalDate day) {
        Optional<AdminUnit> area = current(areaCode, day);
        if (area.isEmpty()) return Set.of();
        Set<String> codes = new HashSet<>();
        codes.add(area.get().code());
        units.descendants(area.get().id(), day).forEach(u -> codes.add(u.code()));
        return Set.copyOf(codes);
    }

    @Override
    public Set<String> within(Collection<String> codes, String areaCode, LocalDate day) {
        Optional<AdminUnit> area = current(areaCode, day);
        if (area.isEmpty() || codes.isEmpty()) return Set.of();
        return units.within(codes, area.get().id(), day);
    }

    @Override
    public Set<String> containing(String code, LocalDate day) {
        Optional<AdminUnit> unit = current(code, day);
        if (unit.isEmpty()) return Set.of();
        Set<String> codes = new HashSet<>();
        codes.add(unit.get().code());
        units.ancestors(unit.get().id()).forEach(u -> codes.add(u.code()));
        return Set.copyOf(codes);
    }

    @Override
    public Optional<String> reporterScopeProblem(String code, LocalDate day) {
        Optional<AdminUnit> unit = current(code, day);
        if (unit.isEmpty()) return Optional.of("no administrative unit with this code is valid today");
        if (unit.get().level() != UnitLevel.TOWNSHIP) {
            return Optional.of("a reporter's scope must be a township-level unit, not " + unit.get().level());
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> leaderScopeProblem(String code, LocalDate day) {
        return current(code, day).isEmpty() ? Optional.of("no administrative unit with this code is valid today") : Optional.empty();
    }

    private Optional<AdminUnit> current(String code, LocalDate day) {
        try {
            return code == null ? Optional.empty() : units.findByCode(code, day);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
