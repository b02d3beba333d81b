package org.tongchou.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.indicators.FrameworkYaml;
import org.tongchou.app.indicators.Indicator;

/** Every raw indicator of the shipped default framework gets demo values, within its plausible range. */
class DemoIndicatorMappingTest {

    @Test
    void everyRawIndicatorOfTheDefaultFrameworkIsFedWithPlausibleValues() throws Exception {
        Framework f;
        try (Reader r = new InputStreamReader(getClass().getResourceAsStream("/frameworks/default.yml"), StandardCharsets.UTF_8)) {
            f = FrameworkYaml.read(r, "default.yml");
        }
        List<Indicator> raw = f.indicators().stream().filter(i -> !i.derived()).toList();
        assertThat(raw).isNotEmpty();
        DemoDataset data = new DemoDataGenerator().generate(DemoLayouts.zhangjiagang());
        for (Indicator i : raw) {
            assertThat(DemoIndicatorMapping.feed(i.code())).as("feed for %s", i.code()).isPresent();
            DemoIndicatorMapping.Feed feed = DemoIndicatorMapping.feed(i.code()).orElseThrow();
            for (DemoValue v : data.values()) {
                if (v.quantity() != feed.quantity()) continue;
                double x = v.value() * feed.factor();
                assertThat(i.plausible(x)).as("%s = %s for %s %d within [%s, %s]", i.code(), x, v.unitCode(), v.year(),
                        i.min(), i.max()).isTrue();
            }
        }
    }
}
