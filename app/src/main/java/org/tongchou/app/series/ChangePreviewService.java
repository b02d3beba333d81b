package org.tongchou.app.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.KeyIndicators;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.ProposedChange;

/**
 * Computes a {@link ChangePreview} with {@link SeriesService}: "before" series over the stored history,
 * "after" series over the stored history with the proposed change laid over it in memory, so nothing
 * is written. Yearly periods from {@link #YEARS_BEFORE} years before the change to its year, for the
 * {@link KeyIndicators} unless the user names others.
 */
@Service
class ChangePreviewService {
    static final int YEARS_BEFORE = 5;

    private final SeriesService series;
    private final KeyIndicators keyIndicators;

    ChangePreviewService(SeriesService series, KeyIndicators keyIndicators) {
        this.series = series;
        this.keyIndicators = keyIndicators;
    }

    /** The preview for the key indicators, or for {@code indicatorCodes} when given (unknown codes are skipped). */
    ChangePreview preview(ProposedChange change, List<String> indicatorCodes, Locale locale) {
        int year = change.date().getYear();
        Period from = Period.year(year - YEARS_BEFORE);
        Period to = Period.year(year);
        List<String> periods = new ArrayList<>();
        for (int y = year - YEARS_BEFORE; y <= year; y++) periods.add(Integer.toString(y));
        List<String> before = new ArrayList<>();
        change.predecessors().forEach(p -> before.add(p.code()));
        change.successors().stream().filter(ProposedChange.Successor::existing).forEach(s -> before.add(s.code()));
        List<String> after = change.successors().stream().map(ProposedChange.Successor::code).toList();
        List<ChangePreview.IndicatorPreview> out = new ArrayList<>();
        for (Indicator ind : indicatorCodes.isEmpty() ? keyIndicators.list() : keyIndicators.named(indicatorCodes)) {
            List<String> problems = new ArrayList<>();
            List<ComparableSeries> b = new ArrayList<>();
            List<ComparableSeries> a = new ArrayList<>();
            for (String code : before) {
                try {
                    b.add(series.series(SeriesRequest.of(ind.code(), code, from, to)));
                } catch (UnknownSeriesInputException e) {
                    problems.add(code + ": " + e.getMessage());
                }
            }
            for (String code : after) {
                try {
                    a.add(series.seriesWithChange(SeriesRequest.of(ind.code(), code, from, to), change));
                } catch (UnknownSeriesInputException e) {
                    problems.add(code + ": " + e.getMessage());
                }
            }
            String name = "en".equals(locale.getLanguage()) && ind.nameEn() != null ? ind.nameEn() : ind.nameZh();
            out.add(new ChangePreview.IndicatorPreview(ind.code(), name, b, a, problems));
        }
        return new ChangePreview(periods, out);
    }
}
