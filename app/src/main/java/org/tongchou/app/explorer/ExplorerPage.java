package org.tongchou.app.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.series.SeriesPoint;
import org.tongchou.app.series.SeriesNotes;

/**
 * The explorer table as the page shows it: formatted cells, each with its derivation note; notes other
 * than "observed for this town" are numbered once (equal notes share a number) and listed below the table.
 */
record ExplorerPage(Indicator indicator, List<String> years, List<Row> rows, List<String> footnotes, boolean synthetic) {

    record Row(String code, String name, List<Cell> cells) {
    }

    /** @param footnote 1-based footnote number, or 0 for none */
    record Cell(String text, Double value, String method, String note, int footnote) {
    }

    static ExplorerPage of(ExplorerTable t, SeriesNotes notes, Locale locale) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (ExplorerTable.Row r : t.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (SeriesPoint p : r.points()) {
                String note = notes.note(p, r.code(), locale);
                int n = SeriesNotes.needsFootnote(p, r.code()) ? numbers.computeIfAbsent(note, k -> numbers.size() + 1) : 0;
                cells.add(new Cell(format(p.value()), p.value(), p.method().name(), note, n));
            }
            rows.add(new Row(r.code(), r.name(), cells));
        }
        return new ExplorerPage(t.indicator(), t.years(), rows, List.copyOf(numbers.keySet()), t.synthetic());
    }

    /** Large values with one decimal, small ones (ratios, shares) with up to three. */
    static String format(Double v) {
        if (v == null) return "—";
        String s = Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
