package org.tongchou.app.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an outline polygon into one cell per seed point: the Voronoi cell of each seed (the points
 * nearer to it than to any other seed) clipped to the outline. Used to draw a <em>schematic</em> town
 * map when no real boundaries exist; the cells say nothing about where real boundaries run.
 *
 * <p>Method: each cell starts as the outline and is clipped (Sutherland–Hodgman) by the half-plane
 * {@code |p − s_i|² ≤ |p − s_j|²} for every other seed {@code s_j}. Because the half-planes of two seeds
 * are complementary, the cells cover the outline and do not overlap (up to rounding). A non-convex
 * outline cut by a half-plane into several pieces gives one ring joined by zero-area edges along the
 * cut line; the area is still exact. Coordinates are treated as planar (longitude/latitude over a
 * county is close enough for a schematic).
 *
 * <p>Empty seed list: refused. Two seeds at the same point: refused (their cells would be undefined).
 * A seed outside the outline still gets the (possibly empty) part of the outline nearest to it.
 */
final class SchematicPartition {
    private SchematicPartition() {
    }

    /**
     * @param outline the outline ring as [x, y] pairs, closed or not, at least 3 points
     * @param seeds   one [x, y] per cell
     * @return the cells in seed order, each an unclosed ring (possibly empty when the seed's cell misses the outline)
     */
    public static List<List<double[]>> cells(List<double[]> outline, List<double[]> seeds) {
        if (seeds.isEmpty()) throw new IllegalArgumentException("no seed points to partition the outline by");
        List<double[]> ring = open(outline);
        if (ring.size() < 3) throw new IllegalArgumentException("outline has " + ring.size() + " distinct points, needs 3");
        for (int i = 0; i < seeds.size(); i++) {
            for (int j = i + 1; j < seeds.size(); j++) {
                if (seeds.get(i)[0] == seeds.get(j)[0] && seeds.get(i)[1] == seeds.get(j)[1]) {
                    throw new IllegalArgumentException("seeds " + i + " and " + j + " are the same point ("
                            + seeds.get(i)[0] + ", " + seeds.get(i)[1] + ")");
                }
            }
        }
        List<List<double[]>> cells = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            List<double[]> cell = ring;
            double[] s = seeds.get(i);
            for (int j = 0; j < seeds.size() && !cell.isEmpty(); j++) {
                if (j == i) continue;
                double[] t = seeds.get(j);
                // keep p with a·p ≤ b, where a = 2(t − s), b = |t|² − |s|²
                double ax = 2 * (t[0] - s[0]);
                double ay = 2 * (t[1] - s[1]);
                double b = t[0] * t[0] + t[1] * t[1] - s[0] * s[0] - s[1] * s[1];
                cell = clip(cell, ax, ay, b);
            }
            cells.add(cell);
        }
        return cells;
    }

    /** Signed area by the shoelace formula (positive for counter-clockwise rings). */
    public static double area(List<double[]> ring) {
        double sum = 0;
        for (int k = 0; k < ring.size(); k++) {
            double[] p = ring.get(k);
            double[] q = ring.get((k + 1) % ring.size());
            sum += p[0] * q[1] - q[0] * p[1];
        }
        return sum / 2;
    }

    /** The area-weighted centre of a ring (its vertex mean when the area is zero). */
    public static double[] centroid(List<double[]> ring) {
        double a = area(ring);
        if (Math.abs(a) < 1e-15) {
            double x = 0, y = 0;
            for (double[] p : ring) {
                x += p[0];
                y += p[1];
            }
            return new double[] {x / ring.size(), y / ring.size()};
        }
        double cx = 0, cy = 0;
        for (int k = 0; k < ring.size(); k++) {
            double[] p = ring.get(k);
            double[] q = ring.get((k + 1) % ring.size());
            double cross = p[0] * q[1] - q[0] * p[1];
            cx += (p[0] + q[0]) * cross;
            cy += (p[1] + q[1]) * cross;
        }
        return new double[] {cx / (6 * a), cy / (6 * a)};
    }

    private static List<double[]> open(List<double[]> ring) {
        List<double[]> out = new ArrayList<>(ring);
        if (out.size() > 1) {
            double[] first = out.get(0);
            double[] last = out.get(out.size() - 1);
            if (first[0] == last[0] && first[1] == last[1]) out.remove(out.size() - 1);
        }
        return out;
    }

    /** Sutherland–Hodgman against one half-plane a·p ≤ b. */
    private static List<double[]> clip(List<double[]> ring, double ax, double ay, double b) {
        List<double[]> out = new ArrayList<>();
        int n = ring.size();
        for (int k = 0; k < n; k++) {
            double[] p = ring.get(k);
            double[] q = ring.get((k + 1) % n);
            double fp = ax * p[0] + ay * p[1] - b;
            double fq = ax * q[0] + ay * q[1] - b;
            if (fp <= 0) out.add(p);
            if ((fp < 0 && fq > 0) || (fp > 0 && fq < 0)) {
                double t = fp / (fp - fq);
                out.add(new double[] {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
            }
        }
        return out.size() < 3 ? List.of() : out;
    }
}
