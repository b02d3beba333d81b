package org.tongchou.app.targets;

import java.util.List;
import java.util.Locale;

/**
 * Proposes a unit's target for a year from its own approved annual history, by one of two explicit
 * methods (neither is a silent default: the page and the API ask which):
 * <ul>
 * <li>{@link Method#LINEAR}: the ordinary least-squares line through the points (x = year, y = value),
 * read at the target year: b = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², a = ȳ − b·x̄, target = a + b·Y (NIST/SEMATECH
 * e-Handbook of Statistical Methods, §4.1.4.1). Needs two distinct years.</li>
 * <li>{@link Method#GROWTH}: the average annual (compound) growth between the first and the last point,
 * carried on from the last: g = (y_last / y_first)^(1 / (x_last − x_first)) − 1, target = y_last ·
 * (1 + g)^(Y − x_last). Needs two distinct years and positive values (a growth rate from or to zero or
 * a negative value is undefined).</li>
 * </ul>
 * Only observed points count: missing years are skipped, not filled. Years at or after the target
 * year are ignored. The result carries its basis (points, formula, coefficients) for the proposal.
 */
final class TrendProposer {
    enum Method { LINEAR, GROWTH }

    /** One observed (year, value) point. */
    record Point(int year, double value) {
    }

    /** A proposed value with the text saying how it was obtained, or a reason why none could be. */
    record Proposal(Double value, String basis, String problem) {
        static Proposal refused(String why) {
            return new Proposal(null, null, why);
        }
    }

    private TrendProposer() {
    }

    static Proposal propose(List<Point> history, int targetYear, Method method) {
        List<Point> pts = history.stream().filter(p -> p.year() < targetYear && Double.isFinite(p.value()))
                .sorted(java.util.Comparator.comparingInt(Point::year)).toList();
        if (pts.size() < 2 || pts.get(0).year() == pts.get(pts.size() - 1).year()) {
            return Proposal.refused("needs approved values of at least two years before " + targetYear + ", found " + pts.size());
        }
        String points = pts.stream().map(p -> p.year() + ": " + fmt(p.value())).reduce((a, b) -> a + ", " + b).orElse("");
        return method == Method.LINEAR ? linear(pts, targetYear, points) : growth(pts, targetYear, points);
    }

    private static Proposal linear(List<Point> pts, int y, String points) {
        double mx = 0;
        double my = 0;
        for (Point p : pts) {
            mx += p.year();
            my += p.value();
        }
        mx /= pts.size();
        my /= pts.size();
        double sxy = 0;
        double sxx = 0;
        for (Point p : pts) {
            sxy += (p.year() - mx) * (p.value() - my);
            sxx += (p.year() - mx) * (p.year() - mx);
        }
        double b = sxy / sxx;
        double a = my - b * mx;
        double v = a + b * y;
        return new Proposal(v, String.format(Locale.ROOT, "linear trend (least squares) of %s: %s + %s × year, at %d = %s",
                points, fmt(a), fmt(b), y, fmt(v)), null);
    }

    private static Proposal growth(List<Point> pts, int y, String points) {
        Point first = pts.get(0);
        Point last = pts.get(pts.size() - 1);
        if (first.value() <= 0 || last.value() <= 0) {
            return Proposal.refused("a growth rate needs positive values; " + first.year() + ": " + fmt(first.value()) + ", "
                    + last.year() + ": " + fmt(last.value()));
        }
        double g = Math.pow(last.value() / first.value(), 1.0 / (last.year() - first.year())) - 1;
        double v = last.value() * Math.pow(1 + g, y - last.year());
        return new Proposal(v, String.format(Locale.ROOT, "average growth %s %% a year (%d–%d of %s), carried to %d = %s",
                fmt(g * 100), first.year(), last.year(), points, y, fmt(v)), null);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
