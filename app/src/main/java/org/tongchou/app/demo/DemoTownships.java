package org.tongchou.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;

/**
 * The township-level units of the demo city valid today, for which demo reporter accounts are made.
 * The city is {@code tongchou.demo.city-code}: by default 320582, Zhangjiagang, the city of the brief.
 */
@Component
class DemoTownships {
    record Township(String code, String name) {
    }

    private final UnitService units;
    private final String cityCode;

    private final Clock clock;

    DemoTownships(UnitService units, @Value("${tongchou.demo.city-code:320582}") String cityCode, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.cityCode = cityCode;
    }

    List<Township> current() {
        return units.withinCode(cityCode, LocalDate.now(clock)).stream()
                .filter(u -> u.level() == UnitLevel.TOWNSHIP)
                .map(u -> new Township(u.code(), u.name()))
                .toList();
    }
}
