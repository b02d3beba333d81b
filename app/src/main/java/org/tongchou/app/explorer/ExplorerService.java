package org.tongchou.app.explorer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.ScopeService;
import org.tongchou.app.series.ComparableSeries;
import org.tongchou.app.series.SeriesService;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitCode;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.web.NotFound;

/**
 * The indicator explorer's table: any indicator (raw or derived) for every town of the city the user
 * may read, each town on today's boundaries through {@link SeriesService} (a merged town's earlier
 * years are its predecessors' sum, a split town's its share of the predecessor; derived indicators are
 * recomputed from their components), so a column never mixes boundaries.
 */
@Service
class ExplorerService {
    /** Sources that mark demo data (the same marks the evaluation runs use to label themselves synthetic). */
    private static final Pattern SYNTHETIC = Pattern.compile("synthetic|demo|合成|演示|模拟", Pattern.CASE_INSENSITIVE);
    private final SeriesService series;
    private final IndicatorService indicators;
    private final UnitService units;
    private final ScopeService scopes;
    private final DataValueService values;
    private final String cityCode;

    private final Clock clock;

    ExplorerService(SeriesService series, IndicatorService indicators, UnitService units, ScopeService scopes,
                    DataValueService values, @Value("${tongchou.city-code:320582}") String cityCode, Clock clock) {
        this.clock = clock;
        this.series = series;
        this.indicators = indicators;
        this.units = units;
        this.scopes = scopes;
        this.values = values;
        this.cityCode = cityCode;
    }

    List<Indicator> indicators() {
        return indicators.list();
    }

    /**
     * @param fromYear first year, inclusive
     * @param toYear   last year, inclusive (swapped with {@code fromYear} when smaller)
     * @throws NotFound 404 for an unknown indicator code
     */
    ExplorerTable table(String indicatorCode, int fromYear, int toYear) {
        return table(indicatorCode, fromYear, toYear, null, UnitLevel.TOWNSHIP);
    }

    /**
     * The table for the units of {@code level} within {@code area} (a 12-digit code; null = the reader's default
     * area, {@link #defaultArea()}) that the reader may read.
     */
    ExplorerTable table(String indicatorCode, int fromYear, int toYear, String area, UnitLevel level) {
        Indicator indicator = indicators.find(indicatorCode).orElseThrow(() -> new NotFound("no indicator with code '" + indicatorCode + "'"));
        int from = Math.min(fromYear, toYear);
        int to = Math.max(fromYear, toYear);
        List<String> years = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(Integer.toString(y));
            periods.add(Period.year(y));
        }
        List<AdminUnit> towns = units(area == null ? defaultArea() : scopes.narrowArea(scopes.currentUser().orElse(null), area), level);
        List<ExplorerTable.Row> rows = new ArrayList<>();
        for (AdminUnit town : towns) {
            ComparableSeries s = series.series(indicator.code(), town.code(), Period.year(from), Period.year(to));
            rows.add(new ExplorerTable.Row(town.code(), town.name(), s.points()));
        }
        List<String> codes = indicators.list().stream().map(Indicator::code).toList();
        boolean synthetic = !towns.isEmpty() && values.list(codes, towns.stream().map(AdminUnit::id).toList(), periods).stream()
                .anyMatch(v -> v.source() != null && SYNTHETIC.matcher(v.source()).find());
        return new ExplorerTable(indicator, years, rows, synthetic);
    }

    /**
     * The area shown when none is asked for: the city ({@code tongchou.city-code}), or a leader of an area its own
     * area when the city is not within it (a province's leader sees its province).
     */
    String defaultArea() {
        return scopes.narrowArea(scopes.currentUser().orElse(null), UnitCode.normalise(cityCode));
    }

    /**
     * Units of the level within the area valid today that the signed-in user may read (a reporter: their own town),
     * decided as one set ({@link ScopeService#readable}).
     */
    private List<AdminUnit> units(String area, UnitLevel level) {
        AppUser user = scopes.currentUser().orElse(null);
        if (user == null) return List.of();
        List<AdminUnit> all = units.withinCode(area, level, LocalDate.now(clock));
        java.util.Set<String> readable = scopes.readable(user, all.stream().map(AdminUnit::code).toList());
        return all.stream().filter(u -> readable.contains(u.code())).toList();
    }
}
