package org.tongchou.app.series;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Stored values, fetched in one go for all units, indicators and periods a series needs. */
interface ObservedValues {

    Map<Key, Double> load(Collection<Long> unitIds, Collection<String> indicatorCodes, List<SeriesPeriod> periods);

    record Key(long unitId, String indicatorCode, String period) {
    }

    /** Gives the values a request may use. */
    interface Source {
        ObservedValues forFilter(SeriesRequest.ValueFilter filter);
    }
}
