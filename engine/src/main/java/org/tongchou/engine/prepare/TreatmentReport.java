package org.tongchou.engine.prepare;

import java.util.List;
import org.tongchou.engine.data.Dataset;

/**
 * Result of {@link Treatment#apply}: the treated data, one outcome per indicator, and per-point flags
 * ({@code flags[indicator][unit]}).
 */
public record TreatmentReport(Dataset data, List<IndicatorOutcome> outcomes, OutlierTreatment.Point[][] flags) {

    /**
     * What the treatment did to one indicator.
     *
     * @param indicator the indicator's code
     * @param outcome   its winsorised points, whether it was logged, and its moments before and after
     */
    public record IndicatorOutcome(String indicator, OutlierTreatment.ColumnOutcome outcome) {
    }

    /**
     * The indicators that were winsorised (and not logged).
     *
     * @return their codes, in input order
     */
    public List<String> winsorisedIndicators() {
        return outcomes.stream().filter(o -> o.outcome().winsorised()).map(IndicatorOutcome::indicator).toList();
    }

    /**
     * The indicators that were log-transformed.
     *
     * @return their codes, in input order
     */
    public List<String> loggedIndicators() {
        return outcomes.stream().filter(o -> o.outcome().logged()).map(IndicatorOutcome::indicator).toList();
    }
}
