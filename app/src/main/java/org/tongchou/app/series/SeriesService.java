package org.tongchou.app.series;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.ProposedChange;
import org.tongchou.app.units.UnitService;

/**
 * Comparable series across boundary changes: an indicator's values for one unit on that unit's
 * boundaries over a span of periods, whatever the boundaries were in each period. Merged units'
 * history is the sum of their predecessors, split units get their share of the predecessor, ratios
 * are recomputed from their components' comparable values, weighted means weighted by their weight
 * indicator; every point says how it was derived. The method is in {@link SeriesCalculator} and
 * docs/series.md.
 */
@Service
public class SeriesService {
    private final UnitService units;
    private final IndicatorService indicators;
    private final ObservedValues.Source values;

    SeriesService(UnitService units, IndicatorService indicators, ObservedValues.Source values) {
        this.units = units;
        this.indicators = indicators;
        this.values = values;
    }

    /** The series with the defaults: periods reported on the division at their end, values of any status. */
    public ComparableSeries series(String indicatorCode, String unitCode, Period from, Period to) {
        return series(SeriesRequest.of(indicatorCode, unitCode, from, to));
    }

    /**
     * @throws UnknownSeriesInputException naming the unknown indicator or unit code
     */
    public ComparableSeries series(SeriesRequest request) {
        return compute(request, new UnitBoundaryHistory(units));
    }

    /**
     * The series as it would be if {@code change} were applied, computed in memory over the stored
     * history with the change laid over it ({@link ProposedBoundaryHistory}); nothing is written. The
     * unit may be a successor the change would create.
     *
     * @throws UnknownSeriesInputException naming the unknown indicator or unit code
     */
    public ComparableSeries seriesWithChange(SeriesRequest request, ProposedChange change) {
        return compute(request, new ProposedBoundaryHistory(new UnitBoundaryHistory(units), change));
    }

    private ComparableSeries compute(SeriesRequest request, BoundaryHistory history) {
        List<SeriesPeriod> periods = periods(request.from(), request.to());
        HistoricUnit unit = unit(history, request.unitCode(), periods, request.referenceDay());
        return calculator(history, request.values()).compute(request.indicatorCode(), unit, periods, request.referenceDay());
    }

    private SeriesCalculator calculator(BoundaryHistory history, SeriesRequest.ValueFilter filter) {
        return new SeriesCalculator(history, new CatalogIndicatorRules(indicators.catalog()), values.forFilter(filter));
    }

    /** The unit whose boundaries a series is on, as {@link SeriesRequest} describes it. */
    private static HistoricUnit unit(BoundaryHistory history, String code, List<SeriesPeriod> periods, ReferenceDay day) {
        return history.unitByCode(code, periods.get(periods.size() - 1).referenceDay(day))
                .orElseThrow(() -> new UnknownSeriesInputException("no unit with code '" + code + "'"));
    }

    private static List<SeriesPeriod> periods(Period from, Period to) {
        return span(from, to).stream().map(p -> new SeriesPeriod(p.code(), p.start(), p.endExclusive())).toList();
    }

    /**
     * Several indicators for several units over one span, reading the boundary history once: what an
     * evaluation on today's boundaries needs. Each unit code is resolved as in {@link SeriesRequest}.
     *
     * @return one series per unit and indicator, units in the order given, indicators in the order given
     * @throws UnknownSeriesInputException naming the first unknown indicator or unit code
     */
    public List<ComparableSeries> table(Collection<String> indicatorCodes, Collection<String> unitCodes, Period from,
            Period to, SeriesRequest.ValueFilter filter) {
        List<SeriesPeriod> periods = periods(from, to);
        UnitBoundaryHistory history = new UnitBoundaryHistory(units);
        SeriesCalculator calculator = calculator(history, filter);
        List<String> codes = List.copyOf(indicatorCodes);
        List<ComparableSeries> out = new ArrayList<>();
        for (String unitCode : unitCodes) {
            out.addAll(calculator.computeAll(codes, unit(history, unitCode, periods, ReferenceDay.PERIOD_END), periods,
                    ReferenceDay.PERIOD_END));
        }
        return out;
    }

    /** The periods of {@code from}'s type from {@code from} to {@code to}, inclusive. */
    static List<Period> span(Period from, Period to) {
        List<Period> out = new ArrayList<>();
        for (int y = from.year(); y <= to.year(); y++) {
            for (Period p : Period.year(y).split(from.type())) {
                if (p.compareTo(from) >= 0 && p.compareTo(to) <= 0) out.add(p);
            }
        }
        return out;
    }
}
