package org.tongchou.app.targets;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.periods.Period;

/**
 * 时序进度 for other features (the briefing pack's town pages): the rows of the progress page
 * ({@code /targets/progress}) as public records, computed by the same code ({@link ProgressService},
 * formulas in {@link ProgressCalculator}, docs/targets.md), so that a document and the page agree.
 */
@Service
public class TargetProgress {
    private final ProgressService progress;

    TargetProgress(ProgressService progress) {
        this.progress = progress;
    }

    /**
     * One unit's progress on one cumulative indicator as of a month or quarter.
     *
     * @param elapsedPeriods   months (quarters for a quarterly indicator) of the year elapsed
     * @param cumulative       approved figures of the elapsed periods added up, or null (a period missing or nothing yet)
     * @param completion       cumulative ÷ target (1 = 100 %), or null
     * @param elapsed          the share of the year elapsed under the profile (LINEAR k ÷ 12), or null
     * @param gapPoints        100 × (completion − elapsed), percentage points, or null
     * @param projection       the year-end projection (cumulative ÷ elapsed), or null
     * @param method           how the projection was made, in English
     * @param note             why something is missing, in English, or null
     */
    public record Line(String unitCode, String unitName, String indicator, int elapsedPeriods, int periodsInYear, double target,
                       Double cumulative, Double completion, Double elapsed, Double gapPoints, Double projection, Double projectedCompletion,
                       ProgressLight light, String method, String note) {
    }

    /** Every approved target of a cumulative indicator of the year of {@code asOf}, optionally of one unit (null: all). */
    @Transactional(readOnly = true)
    public List<Line> asOf(Period asOf, ProgressProfile profile, String unitCode) {
        return progress.report(asOf, profile, unitCode).rows().stream().map(r -> new Line(r.unitCode(), r.unitName(), r.indicator(),
                r.elapsedPeriods(), r.periodsInYear(), r.target(), r.result().cumulative(), r.result().completion(), r.result().elapsed(),
                r.result().gapPoints(), r.result().projection(), r.result().projectedCompletion(), r.light(), r.result().method(),
                r.result().noteText())).toList();
    }

    /**
     * The month a document of year {@code year} reports 时序进度 as of: December for a past year; for the
     * current year the month before {@code today} (the latest that can be complete).
     */
    public Period asOfFor(int year, LocalDate today) {
        return progress.defaultAsOf(year, today);
    }
}
