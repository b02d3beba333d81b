package org.tongchou.engine.prepare;

import java.util.List;
import org.tongchou.engine.data.Dataset;

/**
 * Result of {@link Treatment#apply}: the treated data, one outcome per indicator, and per-point flags
 * ({@code flags[indicator][unit]}).
 */
public record TreatmentReport(Dataset data, List<IndicatorOutcome> outcomes, OutlierTreatment.Point[][] flags) {

    public record IndicatorOutcome(String indicator, OutlierTreatment.ColumnOutcome outcome) {
    }

    public List<String> winsorisedIndicators() {
        return outcomes.stream().filter(o -> o.outcome().winsorised()).map(IndicatorOutcome::indicator).toList();
    }

    public List<String> loggedIndicators() {
        return outcomes.stream().filter(o -> o.outcome().logged()).map(IndicatorOutcome::indicator).toList();
    }
}
