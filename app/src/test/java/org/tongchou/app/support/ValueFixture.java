package org.tongchou.app.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;

/**
 * The set-up that the value tests share (imports, exports, hazards): every table emptied, the indicator cache
 * dropped, the default framework loaded and the test city's units created ({@link TestUnits#zhangjiagang()}).
 */
public final class ValueFixture {
    private ValueFixture() {
    }

    /**
     * @return the unit ids of {@link TestUnits#zhangjiagang()}: the city, then its towns and villages
     */
    public static long[] emptyCityWithDefaultFramework(TestDatabase db, IndicatorService indicators, FrameworkService frameworks,
            JdbcClient jdbc) {
        db.truncateAll();
        indicators.invalidate();
        frameworks.loadDefaultIfEmpty();
        return new TestUnits(jdbc).zhangjiagang();
    }
}
