package org.tongchou.app.indicators;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The indicators that show what a unit change does to history (the unit-change wizard's preview):
 * {@code tongchou.admin.preview-indicators} (codes, comma separated) or, by default, a total (a summed
 * indicator, preferring one whose code names the population) and a ratio (an indicator with a
 * formula) from the catalogue: a total shows how shares apportion history, a ratio that it is
 * recomputed from its components rather than apportioned.
 */
@Component
public class KeyIndicators {
    private final IndicatorService indicators;
    private final List<String> configured;

    KeyIndicators(IndicatorService indicators, @Value("${tongchou.admin.preview-indicators:}") String configured) {
        this.indicators = indicators;
        this.configured = Arrays.stream(configured.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The configured indicators that exist, or a total and a ratio from the catalogue. */
    public List<Indicator> list() {
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

    /** The indicators with these codes, in this order; unknown codes are skipped. */
    public List<Indicator> named(List<String> codes) {
        return codes.stream().map(indicators::find).flatMap(Optional::stream).toList();
    }
}
