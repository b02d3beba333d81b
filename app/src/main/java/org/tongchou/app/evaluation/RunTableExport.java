package org.tongchou.app.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongchou.app.export.SpreadsheetText;

/**
 * A run's tables ({@link RunTables}) as downloads: one table as CSV (UTF-8 with a byte-order mark, so that
 * spreadsheet programs read the Chinese names; numbers unquoted with full precision), or every table as a
 * sheet of one XLSX workbook (frozen header row, numbers as numeric cells). Every text cell goes through
 * {@link SpreadsheetText#neutralise}; numbers stay numbers.
 */
final class RunTableExport {
    private RunTableExport() {
    }

    static byte[] csv(RunTables.Table t) {
        StringBuilder b = new StringBuilder("\uFEFF");
        row(b, t.header().stream().map(h -> quote(SpreadsheetText.neutralise(h))).toList());
        for (List<RunTables.Cell> r : t.rows()) {
            row(b, r.stream().map(c -> c.numeric() ? (c.number() == null ? "" : Double.toString(c.number()))
                    : quote(SpreadsheetText.neutralise(c.text()))).toList());
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append(String.join(",", cells)).append("\r\n");
    }

    /** RFC 4180 quoting: a cell holding a comma, quote or line break is quoted, quotes doubled. */
    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static byte[] xlsx(List<RunTables.Table> tables) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            for (RunTables.Table t : tables) sheet(wb, t, bold);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the workbook in memory failed", e);
        }
    }

    private static void sheet(XSSFWorkbook wb, RunTables.Table t, CellStyle bold) {
        String name = WorkbookUtil.createSafeSheetName(t.title().length() > 31 ? t.title().substring(0, 31) : t.title());
        if (wb.getSheet(name) != null) name = WorkbookUtil.createSafeSheetName(t.id());
        Sheet sheet = wb.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < t.header().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(SpreadsheetText.neutralise(t.header().get(c)));
            cell.setCellStyle(bold);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<RunTables.Cell> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                RunTables.Cell v = cells.get(c);
                if (v.numeric()) {
                    if (v.number() != null) row.createCell(c).setCellValue(v.number());
                } else {
                    row.createCell(c).setCellValue(SpreadsheetText.neutralise(v.text()));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < t.header().size(); c++) sheet.setColumnWidth(c, Math.min(60, Math.max(10, t.header().get(c).length() + 4)) * 256);
    }

    /** A file name for a download: {@code run-12-2024-weights.csv}. */
    static String fileName(RunInfo run, String what, String extension) {
        return ("run-" + run.id() + "-" + run.period().code() + "-" + what + "." + extension).toLowerCase(Locale.ROOT);
    }
}
