package org.tongchou.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tongchou.app.indicators.Aggregation;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.periods.Period;
import org.tongchou.app.periods.PeriodType;

/**
 * Synthetic monthly and quarterly figures of the cumulative indicators (GDP, fixed-asset and industrial
 * investment, budget revenue, industrial output: raw, summed, reported more often than yearly) for
 * {@link #FIRST_YEAR}–{@link DemoService#TARGET_YEAR}, so that 时序进度 has months to show and past years to
 * learn a seasonal profile from. Each indicator is split over the months (or quarters) its
 * periodicity names by a typical Chinese seasonal pattern (investment low in January–February and
 * highest in December, revenue high in January, output dipping at the Spring Festival; GDP rising
 * through the year), varied per town, year and month by deterministic noise; the parts are whole cents
 * (largest remainder) that add up exactly to the unit's annual figure. Not real figures.
 */
final class DemoMonthlyFigures {
    static final int FIRST_YEAR = DemoService.TARGET_YEAR - 2;
    private static final double[] INVESTMENT = {3.5, 4.0, 7.5, 7.8, 8.2, 9.5, 7.9, 8.0, 9.0, 9.2, 10.0, 15.4};
    private static final double[] REVENUE = {12.0, 6.5, 8.0, 9.5, 9.0, 8.5, 9.0, 6.5, 7.5, 8.5, 6.5, 8.5};
    private static final double[] OUTPUT = {7.6, 6.0, 8.4, 8.3, 8.5, 8.8, 8.4, 8.3, 8.6, 8.7, 9.0, 9.4};
    private static final double[] GDP_QUARTERS = {22.5, 24.5, 25.0, 28.0};
    private static final Map<String, double[]> PATTERNS = Map.of("fixed_asset_investment", INVESTMENT, "industrial_investment", INVESTMENT,
            "budget_revenue", REVENUE, "industrial_output_above_scale", OUTPUT, "gdp", GDP_QUARTERS);

    private final DeterministicNoise noise = new DeterministicNoise(DemoDataGenerator.SEED + 1);

    /** Whether the demo splits this indicator into months or quarters. */
    static boolean split(Indicator i) {
        return PATTERNS.containsKey(i.code()) && !i.derived() && i.aggregation() == Aggregation.SUM && i.periodicity().perYear() > 1
                && PATTERNS.get(i.code()).length == i.periodicity().perYear();
    }

    /** One sub-annual figure. */
    record Figure(String unitCode, String indicator, Period period, BigDecimal value) {
    }

    /**
     * The parts of one annual figure.
     *
     * @param annual the annual figure as stored (its cents are shared out exactly)
     */
    List<Figure> parts(String unitCode, Indicator indicator, DemoQuantity quantity, int year, BigDecimal annual) {
        double[] pattern = PATTERNS.get(indicator.code());
        PeriodType type = indicator.periodicity();
        int n = pattern.length;
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = pattern[i] * Math.exp(0.06 * noise.normal(unitCode, quantity, year * 100 + i + 1));
            sum += w[i];
        }
        long cents = annual.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long[] part = new long[n];
        double[] rest = new double[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            double exact = cents * w[i] / sum;
            part[i] = (long) Math.floor(exact);
            rest[i] = exact - part[i];
            given += part[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -rest[i]).thenComparingInt(i -> i));
        for (long k = 0; k < cents - given; k++) part[order.get((int) (k % n))]++;
        List<Figure> out = new ArrayList<>(n);
        List<Period> periods = Period.year(year).split(type);
        for (int i = 0; i < n; i++) out.add(new Figure(unitCode, indicator.code(), periods.get(i), BigDecimal.valueOf(part[i], 2)));
        return out;
    }
}
