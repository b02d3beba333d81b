package org.tongchou.app.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Spreads n seed points evenly over a polygon, deterministically: farthest-point sampling over a grid
 * of points inside the polygon, then a few Lloyd iterations (each seed moved to the centroid of its
 * clipped Voronoi cell), sorted north to south then west to east. Only for schematic maps: the seeds
 * stand for no real place.
 */
final class SeedLayout {
    private static final int GRID = 60;
    private static final int LLOYD_STEPS = 8;

    private SeedLayout() {
    }

    static List<double[]> spread(List<double[]> outline, int n) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : outline) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        List<double[]> inside = new ArrayList<>();
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                double[] p = {minX + (i + 0.5) * (maxX - minX) / GRID, minY + (j + 0.5) * (maxY - minY) / GRID};
                if (contains(outline, p)) inside.add(p);
            }
        }
        if (inside.size() < n) throw new IllegalArgumentException("outline too thin to place " + n + " seeds");
        List<double[]> seeds = new ArrayList<>();
        double[] nearest = new double[inside.size()];
        java.util.Arrays.fill(nearest, Double.MAX_VALUE);
        double[] current = inside.get(inside.size() / 2);
        for (int k = 0; k < n; k++) {
            seeds.add(current);
            int best = 0;
            for (int q = 0; q < inside.size(); q++) {
                double[] p = inside.get(q);
                double d = (p[0] - current[0]) * (p[0] - current[0]) + (p[1] - current[1]) * (p[1] - current[1]);
                nearest[q] = Math.min(nearest[q], d);
                if (nearest[q] > nearest[best]) best = q;
            }
            current = inside.get(best);
        }
        for (int step = 0; step < LLOYD_STEPS && n > 1; step++) {
            List<List<double[]>> cells = SchematicPartition.cells(outline, seeds);
            List<double[]> moved = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                moved.add(cells.get(k).isEmpty() ? seeds.get(k) : SchematicPartition.centroid(cells.get(k)));
            }
            seeds = moved;
        }
        seeds.sort((a, b) -> a[1] != b[1] ? Double.compare(b[1], a[1]) : Double.compare(a[0], b[0]));
        return seeds;
    }

    /** Even–odd ray casting. */
    static boolean contains(List<double[]> ring, double[] p) {
        boolean in = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double[] a = ring.get(i);
            double[] b = ring.get(j);
            if ((a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]) in = !in;
        }
        return in;
    }
}
