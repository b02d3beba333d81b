package org.tongchou.app.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The schematic partition on simple polygons whose areas are known exactly. */
class SchematicPartitionTest {
    private static final List<double[]> SQUARE = List.of(p(0, 0), p(4, 0), p(4, 4), p(0, 4), p(0, 0));
    /** An L shape (non-convex): the 4×4 square without its upper-right 2×2 quarter; area 12. */
    private static final List<double[]> L_SHAPE = List.of(p(0, 0), p(4, 0), p(4, 2), p(2, 2), p(2, 4), p(0, 4));

    private static double[] p(double x, double y) {
        return new double[] {x, y};
    }

    @Test
    void twoSeedsHalveTheSquare() {
        List<List<double[]>> cells = SchematicPartition.cells(SQUARE, List.of(p(1, 2), p(3, 2)));
        assertThat(cells).hasSize(2);
        assertThat(SchematicPartition.area(cells.get(0))).as("left half, area 8 by construction").isCloseTo(8, within(1e-12));
        assertThat(SchematicPartition.area(cells.get(1))).as("right half").isCloseTo(8, within(1e-12));
        assertThat(SchematicPartition.centroid(cells.get(0))[0]).as("centre of the left half").isCloseTo(1, within(1e-12));
    }

    @Test
    void cellsCoverTheNonConvexOutlineWithoutOverlapOnePerSeed() {
        List<double[]> seeds = List.of(p(0.5, 0.5), p(3.5, 0.5), p(1, 3.5), p(1.5, 1.8), p(3, 1.5));
        List<List<double[]>> cells = SchematicPartition.cells(L_SHAPE, seeds);
        assertThat(cells).as("one cell per seed").hasSize(seeds.size());
        double total = 0;
        for (List<double[]> c : cells) {
            assertThat(c).as("every seed inside the outline gets a cell").isNotEmpty();
            total += SchematicPartition.area(c);
        }
        assertThat(total).as("cells cover the L shape (area 12 by construction)").isCloseTo(12, within(1e-9));
        // every sample point of the outline's interior lies in exactly one cell
        for (double x = 0.05; x < 4; x += 0.1) {
            for (double y = 0.05; y < 4; y += 0.1) {
                double[] q = p(x, y);
                if (!SeedLayout.contains(L_SHAPE, q)) continue;
                int in = 0;
                for (List<double[]> c : cells) if (SeedLayout.contains(c, q)) in++;
                assertThat(in).as("cells containing (%.2f, %.2f)", x, y).isEqualTo(1);
            }
        }
    }

    @Test
    void seedLayoutSpreadsDistinctSeedsInside() {
        List<double[]> seeds = SeedLayout.spread(L_SHAPE, 7);
        assertThat(seeds).hasSize(7);
        for (double[] s : seeds) assertThat(SeedLayout.contains(L_SHAPE, s)).as("seed (%s, %s) inside", s[0], s[1]).isTrue();
        double total = SchematicPartition.cells(L_SHAPE, seeds).stream().mapToDouble(SchematicPartition::area).sum();
        assertThat(total).as("cells of spread seeds cover the L shape").isCloseTo(12, within(1e-9));
    }

    @Test
    void refusesNoSeedsAndDuplicateSeeds() {
        assertThatThrownBy(() -> SchematicPartition.cells(SQUARE, List.of())).hasMessageContaining("no seed");
        assertThatThrownBy(() -> SchematicPartition.cells(SQUARE, List.of(p(1, 1), p(1, 1))))
                .hasMessageContaining("seeds 0 and 1 are the same point");
    }
}
