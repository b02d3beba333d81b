package org.tongchou.app.demo;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongchou.app.map.SchematicMapLoader;

/** When the demo city has been loaded: its towns get the schematic map (after the evaluation, before the accounts). */
@Component
class DemoMap {
    private final SchematicMapLoader maps;

    DemoMap(SchematicMapLoader maps) {
        this.maps = maps;
    }

    @EventListener
    @Order(2)
    void onDemoLoaded(DemoCityLoaded event) {
        maps.storeSchematicTowns(event.cityCode());
    }
}
