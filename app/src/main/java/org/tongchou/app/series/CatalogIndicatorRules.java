package org.tongchou.app.series;

import java.util.Map;
import java.util.Set;
import org.tongchou.app.indicators.Formula;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorCatalog;

/** The indicators feature's catalogue seen as {@link IndicatorRules}. */
final class CatalogIndicatorRules implements IndicatorRules {
    private final IndicatorCatalog catalog;

    CatalogIndicatorRules(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public SeriesIndicator indicator(String code) {
        Indicator i = catalog.find(code).orElseThrow(() -> new UnknownSeriesInputException("unknown indicator '" + code + "'"));
        Formula f = catalog.formula(code).orElse(null);
        SeriesAggregation aggregation = switch (i.aggregation()) {
            case SUM -> SeriesAggregation.SUM;
            case WEIGHTED_MEAN -> SeriesAggregation.WEIGHTED_MEAN;
            case RECOMPUTE -> SeriesAggregation.RECOMPUTE;
            case NONE -> SeriesAggregation.NONE;
        };
        // the catalogue's formulas give NaN for a missing input or a division by zero
        SeriesIndicator.Formula formula = f == null ? null
                : (Map<String, Double> in) -> f.evaluate(name -> in.getOrDefault(name, Double.NaN));
        return new SeriesIndicator(i.code(), aggregation, i.weightIndicator(),
                f == null ? Set.of() : f.references(), formula);
    }
}
