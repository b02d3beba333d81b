package org.tongchou.app.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an XLSX workbook, row by row. Numeric cells give the exact double (not the
 * displayed, rounded text); formula cells their cached result; other cells their displayed text.
 * Whole-workbook in memory (POI's user model): town reports are small; bulk loads use CSV.
 */
final class XlsxReader implements TableReader {
    private final Workbook workbook;
    private final Sheet sheet;
    private final DataFormatter formatter = new DataFormatter();
    private int next;
    private long row;

    XlsxReader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            this.workbook = new XSSFWorkbook(in);
        }
        this.sheet = workbook.getSheetAt(0);
        this.next = sheet.getFirstRowNum() < 0 ? 0 : 0;
    }

    @Override
    public String[] next() {
        if (next > sheet.getLastRowNum()) return null;
        int r = next++;
        row = r + 1;
        Row x = sheet.getRow(r);
        if (x == null || x.getLastCellNum() <= 0) return new String[] {""};
        String[] out = new String[x.getLastCellNum()];
        for (int c = 0; c < out.length; c++) out[c] = text(x.getCell(c));
        return out;
    }

    private String text(Cell cell) {
        if (cell == null) return "";
        CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (t) {
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            }
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case BLANK -> "";
            default -> formatter.formatCellValue(cell).strip();
        };
    }

    @Override
    public long rowNumber() {
        return row;
    }

    @Override
    public long position() {
        return next;
    }

    @Override
    public long size() {
        return sheet.getLastRowNum() + 1L;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
