package org.tongchou.app.series;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.app.data.DataValue;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.periods.Period;

/** Stored data values (the data feature) as the series algorithm's {@link ObservedValues}. */
@Component
class StoredValues implements ObservedValues.Source {
    private final DataValueService values;

    StoredValues(DataValueService values) {
        this.values = values;
    }

    @Override
    public ObservedValues forFilter(SeriesRequest.ValueFilter filter) {
        return (unitIds, indicatorCodes, periods) -> load(unitIds, indicatorCodes, periods, filter);
    }

    private Map<ObservedValues.Key, Double> load(Collection<Long> unitIds, Collection<String> indicatorCodes,
            List<SeriesPeriod> periods, SeriesRequest.ValueFilter filter) {
        List<Period> ps = periods.stream().map(p -> Period.parse(p.label())).toList();
        Map<ObservedValues.Key, Double> out = new HashMap<>();
        for (DataValue v : values.list(indicatorCodes, unitIds, ps)) {
            if (filter == SeriesRequest.ValueFilter.APPROVED_ONLY && v.status() != ValueStatus.APPROVED) continue;
            out.put(new ObservedValues.Key(v.unitId(), v.indicator(), v.period().code()), v.value());
        }
        return out;
    }
}
