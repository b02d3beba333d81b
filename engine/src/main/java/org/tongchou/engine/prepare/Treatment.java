package org.tongchou.engine.prepare;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.Dataset;

/** Applies an {@link OutlierTreatment} to every indicator of a dataset. */
public final class Treatment {
    private Treatment() {
    }

    /**
     * Treats every indicator as {@link OutlierTreatment} describes (formula, source and edge cases there).
     *
     * @param data      the indicators; not modified
     * @param treatment the thresholds and fallback
     * @return the treated data, one outcome per indicator and per-point flags
     * @throws org.tongchou.engine.data.InvalidInputException for an indicator with fewer than 4 present values
     */
    public static TreatmentReport apply(Dataset data, OutlierTreatment treatment) {
        double[][] out = new double[data.indicatorCount()][data.unitCount()];
        OutlierTreatment.Point[][] flags = new OutlierTreatment.Point[data.indicatorCount()][];
        List<TreatmentReport.IndicatorOutcome> outcomes = new ArrayList<>();
        OutlierTreatment.Scratch scratch = new OutlierTreatment.Scratch(data.unitCount());
        for (int j = 0; j < data.indicatorCount(); j++) {
            String name = data.indicators().get(j);
            OutlierTreatment.ColumnOutcome o = treatment.treat(data.column(j), out[j], name, scratch);
            outcomes.add(new TreatmentReport.IndicatorOutcome(name, o));
            flags[j] = scratch.points().clone();
        }
        return new TreatmentReport(data.withColumns(data.indicators(), out), outcomes, flags);
    }
}
