package org.tongchou.app.census;

import java.util.Locale;
import org.tongchou.app.export.SpreadsheetText;

/** The cells of the census files Tongchou writes: numbers (whole ones without a decimal point) and neutralised text. */
final class CensusCsv {
    private CensusCsv() {
    }

    /** A number as it reads back exactly (the values file of the load); NaN empty. */
    static String exact(double d) {
        if (Double.isNaN(d)) return "";
        return whole(d) ? String.valueOf((long) d) : Double.toString(d);
    }

    /** A number to six decimals (the rankings and set-aside figures people read); NaN empty. */
    static String rounded(double d) {
        if (Double.isNaN(d)) return "";
        return whole(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.6f", d);
    }

    /** A text cell without commas, quotes or line breaks, neutralised against spreadsheet formulas. */
    static String text(String s) {
        return SpreadsheetText.neutralise(s.replace(',', '，').replace('"', '\'').replace('\n', ' '));
    }

    /** An RFC 4180 cell: quoted, quotes doubled. */
    static String quoted(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static boolean whole(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15;
    }
}
