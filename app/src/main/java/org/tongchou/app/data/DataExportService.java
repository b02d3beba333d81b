package org.tongchou.app.data;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.export.SpreadsheetText;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.indicators.UnknownIndicatorException;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.UnitCode;

/**
 * Writes stored data values as CSV (UTF-8, RFC 4180, written with FastCSV: a cell is quoted when it holds a
 * comma, a quote or a line break; LF line ends) that {@link DataImportService} reads back:
 * long form {@code unit,unit_name,indicator,period,value,status,source,comment}, or wide form
 * {@code unit,unit_name,period,<indicator>...} (one row per unit and period; an empty cell = no value).
 * Values are written with full precision (Java's shortest round-tripping decimal form). Text cells (unit name,
 * source, comment) that a spreadsheet would take for a formula get a leading apostrophe
 * ({@link SpreadsheetText}); the import removes it again, so the file still reads back unchanged.
 */
@Service
class DataExportService {
    private final DataExportRepository repository;
    private final IndicatorService indicators;

    DataExportService(DataExportRepository repository, IndicatorService indicators) {
        this.repository = repository;
        this.indicators = indicators;
    }

    /** Writes the CSV; returns the number of values written. */
    @Transactional(readOnly = true)
    public long export(ExportOptions o, Writer writer) {
        CsvWriter out = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
        Map<String, Long> all = indicators.idsByCode();
        List<Long> ids = new ArrayList<>();
        for (String c : o.indicators()) {
            Long id = all.get(c);
            if (id == null) throw new UnknownIndicatorException(c);
            ids.add(id);
        }
        String prefix = o.unitCode() == null ? null : UnitCode.prefix(UnitCode.normalise(o.unitCode()));
        List<String> periods = o.periods().stream().map(Period::code).toList();
        long[] count = {0};
        try {
            if (o.layout() == ImportLayout.LONG) {
                line(out, "unit", "unit_name", "indicator", "period", "value", "status", "source", "comment");
                repository.stream(ids, periods, prefix, r -> {
                    line(out, r.unitCode(), text(r.unitName()), r.indicator(), r.period(), num(r.value()), r.status(), text(r.source()), text(r.note()));
                    count[0]++;
                });
            } else {
                List<String> columns = new ArrayList<>(o.indicators());
                if (columns.isEmpty()) {
                    // every raw indicator of the catalogue, in its order (derived ones are never stored)
                    indicators.list().stream().filter(i -> !i.derived()).forEach(i -> columns.add(i.code()));
                }
                List<String> head = new ArrayList<>(List.of("unit", "unit_name", "period"));
                head.addAll(columns);
                line(out, head.toArray(new String[0]));
                Map<String, Integer> col = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) col.put(columns.get(i), i);
                String[][] current = {null};
                String[] key = {null, null, null};
                repository.stream(ids, periods, prefix, r -> {
                    if (current[0] != null && !(r.unitCode().equals(key[0]) && r.period().equals(key[2]))) {
                        flushWide(out, key, current[0]);
                        current[0] = null;
                    }
                    if (current[0] == null) {
                        current[0] = new String[columns.size()];
                        key[0] = r.unitCode();
                        key[1] = r.unitName();
                        key[2] = r.period();
                    }
                    Integer c = col.get(r.indicator());
                    if (c != null) {
                        current[0][c] = num(r.value());
                        count[0]++;
                    }
                });
                if (current[0] != null) flushWide(out, key, current[0]);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    private static void flushWide(CsvWriter out, String[] key, String[] cells) {
        String[] row = new String[cells.length + 3];
        row[0] = key[0];
        row[1] = text(key[1]);
        row[2] = key[2];
        System.arraycopy(cells, 0, row, 3, cells.length);
        line(out, row);
    }

    /** A text cell as spreadsheets must receive it (formula injection, OWASP); the import reads it back as it was typed. */
    private static String text(String t) {
        return SpreadsheetText.neutralise(t);
    }

    private static String num(double v) {
        return ValueRules.fmt(v);
    }

    private static void line(CsvWriter out, String... cells) {
        out.writeRecord(cells);
    }
}
