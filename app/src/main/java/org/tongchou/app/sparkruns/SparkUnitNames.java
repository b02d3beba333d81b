package org.tongchou.app.sparkruns;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitService;

/**
 * The names of the units and areas of a Spark run, from the units module's public service: for a code, the name of
 * its version valid at the end of the period's year, else of its latest version. A code this database does not hold
 * (a synthetic panel's, another country's) has no name; the page and the download then show the code alone.
 */
@Component
class SparkUnitNames {
    private final UnitService units;

    SparkUnitNames(UnitService units) {
        this.units = units;
    }

    /** Code → name of the codes this database holds. */
    Map<String, String> of(Collection<String> codes, String period) {
        LocalDate day = endOfYear(period);
        Map<String, String> out = new HashMap<>();
        units.findByCodes(codes).forEach((code, versions) -> {
            if (versions.isEmpty()) return;
            AdminUnit shown = day == null ? null : versions.stream().filter(u -> u.validOn(day)).findFirst().orElse(null);
            out.put(code, (shown != null ? shown : versions.get(versions.size() - 1)).name());
        });
        return out;
    }

    /** The last day of the period's year ({@code 2025}, {@code 2025-03}, {@code 2025H1} ...), or null for another label. */
    static LocalDate endOfYear(String period) {
        if (period == null || period.length() < 4 || !period.substring(0, 4).chars().allMatch(Character::isDigit)) return null;
        return LocalDate.of(Integer.parseInt(period.substring(0, 4)), 12, 31);
    }

    static List<String> codes(List<SparkRunRepository.UnitFigure> figures) {
        return figures.stream().flatMap(f -> java.util.stream.Stream.of(f.unit(), f.area())).distinct().toList();
    }
}
