package org.tongchou.app.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.tongchou.app.indicators.Aggregation;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.series.ComparableSeries;
import org.tongchou.app.series.SeriesRequest;
import org.tongchou.app.series.SeriesService;
import org.tongchou.app.series.UnknownSeriesInputException;
import org.tongchou.app.units.ProposedChange;

/**
 * Computes a {@link ChangePreview} with {@link SeriesService}: "before" series over the stored history,
 * "after" series over the stored history with the proposed change laid over it in memory, so nothing
 * is written. Yearly periods from {@link #YEARS_BEFORE} years before the change to its year.
 *
 * <p>The key indicators are {@code tongchou.admin.preview-indicators} (codes, comma separated) or, by
 * default, a total (a summed indicator, preferring one whose code names the population) and a ratio
 * (an indicator with a formula) from the catalogue: a total shows how shares apportion history, a
 * ratio that it is recomputed from its components rather than apportioned.
 */
@Service
public class ChangePreviewService {
    static final int YEARS_BEFORE = 5;

    private final SeriesService series;
    private final IndicatorService indicators;
    private final List<String> configured;

    ChangePreviewService(SeriesService series, IndicatorService indicators,
            @Value("${tongchou.admin.preview-indicators:}") String configured) {
        this.series = series;
        this.indicators = indicators;
        this.configured = Arrays.stream(configured.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The preview for the key indicators, or for {@code indicatorCodes} when given (unknown codes are skipped). */
    public ChangePreview preview(ProposedChange change, List<String> indicatorCodes, Locale locale) {
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
        for (Indicator ind : indicatorCodes.isEmpty() ? keyIndicators() : named(indicatorCodes)) {
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

    private List<Indicator> named(List<String> codes) {
        return codes.stream().map(indicators::find).flatMap(java.util.Optional::stream).toList();
    }

    /** The configured indicators that exist, or a total and a ratio from the catalogue. */
    List<Indicator> keyIndicators() {
        List<Indicator> all = indicators.catalog().all();
        if (!configured.isEmpty()) return named(configured);
        Set<Indicator> out = new LinkedHashSet<>();
        List<Indicator> totals = all.stream().filter(i -> i.formula() == null || i.formula().isBlank())
                .filter(i -> i.aggregation() == null || i.aggregation() == Aggregation.SUM).toList();
        totals.stream().filter(i -> i.code().contains("pop")).findFirst()
                .or(() -> totals.stream().findFirst()).ifPresent(out::add);
        all.stream().filter(i -> i.formula() != null && !i.formula().isBlank()).findFirst().ifPresent(out::add);
        return List.copyOf(out);
    }
}
