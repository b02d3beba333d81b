package org.tongchou.app.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a closed ring of a boundary crosses or touches itself (a "bow tie", a spike back along an edge, a loop
 * through an earlier position): such a boundary has no inside, and its area and centre, which the map and the
 * label placement use, would be silently wrong. Edges are compared in a sweep along longitude: an edge is tested
 * only against the edges whose longitude range overlaps its own, so a real boundary of 100,000 positions takes
 * milliseconds. Repeated consecutive positions (common in exported files) are not a crossing.
 */
final class RingCheck {
    private RingCheck() {
    }

    /**
     * The positions (indexes in {@code ring}) where two edges of the closed ring (first position repeated last) that
     * are not neighbours meet, or neighbours overlap along a line; null when the ring is simple.
     */
    static int[] selfIntersection(List<double[]> ring) {
        List<double[]> pts = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int k = 0; k < ring.size(); k++) {
            double[] p = ring.get(k);
            if (!pts.isEmpty() && pts.get(pts.size() - 1)[0] == p[0] && pts.get(pts.size() - 1)[1] == p[1]) continue;
            pts.add(p);
            index.add(k);
        }
        int n = pts.size() - 1; // edges: pts[i] -> pts[i + 1], i < n; pts[n] equals pts[0]
        if (n < 3) return null;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> Math.min(pts.get(i)[0], pts.get(i + 1)[0])));
        List<Integer> active = new ArrayList<>();
        for (int e : order) {
            double minX = Math.min(pts.get(e)[0], pts.get(e + 1)[0]);
            active.removeIf(a -> Math.max(pts.get(a)[0], pts.get(a + 1)[0]) < minX);
            for (int a : active) {
                int i = Math.min(a, e);
                int j = Math.max(a, e);
                boolean neighbours = j == i + 1 || i == 0 && j == n - 1;
                if (neighbours ? overlapAlongLine(pts, i, j, n) : meet(pts.get(i), pts.get(i + 1), pts.get(j), pts.get(j + 1))) {
                    return new int[] {index.get(i), index.get(j)};
                }
            }
            active.add(e);
        }
        return null;
    }

    /** Two neighbouring edges sharing a position overlap when the far end of one lies on the other (a spike back). */
    private static boolean overlapAlongLine(List<double[]> pts, int i, int j, int n) {
        double[] shared;
        double[] a;
        double[] b;
        if (j == i + 1) {
            shared = pts.get(j);
            a = pts.get(i);
            b = pts.get(j + 1);
        } else { // the last edge and the first meet at pts[0]
            shared = pts.get(0);
            a = pts.get(n - 1);
            b = pts.get(1);
        }
        return orient(shared, a, b) == 0 && (onSegment(shared, a, b) || onSegment(shared, b, a));
    }

    private static boolean meet(double[] p1, double[] p2, double[] q1, double[] q2) {
        int o1 = orient(p1, p2, q1);
        int o2 = orient(p1, p2, q2);
        int o3 = orient(q1, q2, p1);
        int o4 = orient(q1, q2, p2);
        if (o1 != o2 && o3 != o4) return true;
        return o1 == 0 && onSegment(p1, p2, q1) || o2 == 0 && onSegment(p1, p2, q2)
                || o3 == 0 && onSegment(q1, q2, p1) || o4 == 0 && onSegment(q1, q2, p2);
    }

    private static int orient(double[] a, double[] b, double[] c) {
        double v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
        return v > 0 ? 1 : v < 0 ? -1 : 0;
    }

    /** Whether r (collinear with p and q) lies on the segment from p to q. */
    private static boolean onSegment(double[] p, double[] q, double[] r) {
        return Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
    }
}
