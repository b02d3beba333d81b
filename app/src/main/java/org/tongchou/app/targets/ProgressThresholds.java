package org.tongchou.app.targets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the traffic lights of 时序进度 change, in percentage points of completion minus time elapsed
 * (configurable: {@code tongchou.targets.progress.green-from} and {@code amber-from}), and how many past
 * years a seasonal profile learns from ({@code tongchou.targets.progress.seasonal-years}).
 * Defaults: green at or ahead of time (gap ≥ 0), amber up to 5 points behind, red beyond; 3 years.
 */
@Component
class ProgressThresholds {
    private final double greenFrom;
    private final double amberFrom;
    private final int seasonalYears;

    ProgressThresholds(@Value("${tongchou.targets.progress.green-from:0}") double greenFrom,
                       @Value("${tongchou.targets.progress.amber-from:-5}") double amberFrom,
                       @Value("${tongchou.targets.progress.seasonal-years:3}") int seasonalYears) {
        if (amberFrom > greenFrom) {
            throw new IllegalArgumentException("tongchou.targets.progress.amber-from (" + amberFrom + ") must not be above green-from (" + greenFrom + ")");
        }
        if (seasonalYears < 1) throw new IllegalArgumentException("tongchou.targets.progress.seasonal-years must be at least 1");
        this.greenFrom = greenFrom;
        this.amberFrom = amberFrom;
        this.seasonalYears = seasonalYears;
    }

    double greenFrom() {
        return greenFrom;
    }

    double amberFrom() {
        return amberFrom;
    }

    int seasonalYears() {
        return seasonalYears;
    }

    ProgressLight light(double gapPoints) {
        if (Double.isNaN(gapPoints)) return ProgressLight.NONE;
        if (gapPoints >= greenFrom) return ProgressLight.GREEN;
        if (gapPoints >= amberFrom) return ProgressLight.AMBER;
        return ProgressLight.RED;
    }
}
