package org.tongchou.app.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Units, events, indicators and values held in memory: the algorithm's ports without a database. */
final class InMemoryHistory implements BoundaryHistory, IndicatorRules, ObservedValues {
    private final Map<Long, HistoricUnit> units = new HashMap<>();
    private final List<BoundaryLink> links = new ArrayList<>();
    private final Map<String, SeriesIndicator> indicators = new HashMap<>();
    private final Map<Key, Double> values = new HashMap<>();
    private long nextId = 1;

    HistoricUnit unit(String code, String name, LocalDate from, LocalDate to) {
        HistoricUnit u = new HistoricUnit(nextId++, code, name, from, to);
        units.put(u.id(), u);
        return u;
    }

    void link(HistoricUnit from, HistoricUnit to, double share) {
        links.add(new BoundaryLink(from.id(), to.id(), share, to.validFrom()));
    }

    void links(BoundaryLink link) {
        links.add(link);
    }

    void indicator(SeriesIndicator i) {
        indicators.put(i.code(), i);
    }

    void value(HistoricUnit u, String indicator, int year, double v) {
        values.put(new Key(u.id(), indicator, Integer.toString(year)), v);
    }

    @Override
    public Optional<HistoricUnit> unitByCode(String code, LocalDate day) {
        List<HistoricUnit> withCode = units.values().stream().filter(u -> u.code().equals(code)).toList();
        return withCode.stream().filter(u -> u.validOn(day)).findFirst()
                .or(() -> withCode.stream().max(Comparator.comparing(HistoricUnit::validFrom)));
    }

    @Override
    public HistoricUnit unit(long id) {
        return units.get(id);
    }

    @Override
    public List<BoundaryLink> linksInto(long unitId) {
        return links.stream().filter(l -> l.toId() == unitId).toList();
    }

    @Override
    public List<BoundaryLink> linksOutOf(long unitId) {
        return links.stream().filter(l -> l.fromId() == unitId).toList();
    }

    @Override
    public SeriesIndicator indicator(String code) {
        SeriesIndicator i = indicators.get(code);
        if (i == null) throw new UnknownSeriesInputException("unknown indicator " + code);
        return i;
    }

    @Override
    public Map<Key, Double> load(Collection<Long> unitIds, Collection<String> indicatorCodes, List<SeriesPeriod> periods) {
        Map<Key, Double> out = new HashMap<>();
        values.forEach((k, v) -> {
            if (unitIds.contains(k.unitId()) && indicatorCodes.contains(k.indicatorCode())) out.put(k, v);
        });
        return out;
    }
}
