package org.tongchou.app.reports;

import java.util.Locale;

/**
 * How the pack writes its numbers, the same in the summary's sentences, the tables and the tests: scores
 * (×100) and values with two decimals, disparity and coordination figures with three, rank intervals as
 * whole ranks; a missing figure is "—".
 */
final class Figures {
    static final Figures INSTANCE = new Figures();
    static final String NONE = "—";

    private Figures() {
    }

    /** A score ×100 (already multiplied), two decimals. */
    public static String score(Double v) {
        return fixed(v, 2);
    }

    /** An indicator's value, two decimals. */
    public static String value(Double v) {
        return fixed(v, 2);
    }

    /** CV, Gini, Theil, coupling and coordination degrees: three decimals. */
    public static String ratio(Double v) {
        return fixed(v, 3);
    }

    /** A share in per cent (0.873 → 87.3%). */
    public static String percent(Double v) {
        return v == null || v.isNaN() || v.isInfinite() ? NONE : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    /** A rank interval of the robustness analysis: "2–4", or "3" when both ends round to the same rank. */
    public static String interval(Double q5, Double q95) {
        if (q5 == null || q95 == null || q5.isNaN() || q95.isNaN()) return "";
        long a = Math.round(q5);
        long b = Math.round(q95);
        return a == b ? Long.toString(a) : a + "–" + b;
    }

    /** A rank change: ▲2 climbed two places, ▼1 fell one, — unchanged, "" no previous rank. */
    public static String change(double climbed) {
        if (Double.isNaN(climbed)) return "";
        long k = Math.round(climbed);
        return k > 0 ? "▲" + k : k < 0 ? "▼" + (-k) : NONE;
    }

    static String fixed(Double v, int decimals) {
        if (v == null || v.isNaN() || v.isInfinite()) return NONE;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    // instance methods for templates (${f.score(x)})
    public String s(Double v) {
        return score(v);
    }

    public String v(Double v) {
        return value(v);
    }

    public String r(Double v) {
        return ratio(v);
    }

    public String p(Double v) {
        return percent(v);
    }

    /** A cell of the run page's method tables: its text, or its number with the table's decimals. */
    public String cell(org.tongchou.app.evaluation.RunTables.Cell c) {
        return c.numeric() ? fixed(c.number(), c.decimals()) : c.text();
    }
}
