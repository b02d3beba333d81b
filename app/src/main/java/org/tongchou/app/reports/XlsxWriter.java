package org.tongchou.app.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongchou.app.export.SpreadsheetText;

/**
 * The pack as an Excel workbook: a 说明 (About) sheet first (what, which run, data version, sources and
 * method, the summary), then every table of the pack as a sheet with a frozen, bold header row; numbers are
 * numeric cells with the documents' decimals as their format, every text cell goes through
 * {@link SpreadsheetText#neutralise}.
 */
@Component
class XlsxWriter {
    private final ReportTables tables;
    private final MessageSource messages;

    XlsxWriter(ReportTables tables, MessageSource messages) {
        this.tables = tables;
        this.messages = messages;
    }

    byte[] pack(ReportModel m) {
        return write(m, tables.all(m));
    }

    byte[] bulletin(ReportModel m) {
        List<ReportTables.Table> all = tables.all(m);
        return write(m, all.stream().filter(t -> t.section().equals("ranking") || t.section().equals("dimensions")).toList());
    }

    private String msg(Locale l, String key, Object... args) {
        return messages.getMessage(key, args, key, l);
    }

    private byte[] write(ReportModel m, List<ReportTables.Table> list) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            DataFormat df = wb.createDataFormat();
            CellStyle[] decimals = new CellStyle[5];
            for (int d = 0; d < decimals.length; d++) {
                decimals[d] = wb.createCellStyle();
                decimals[d].setDataFormat(df.getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
            }
            about(wb, m, bold);
            Set<String> names = new HashSet<>();
            names.add(wb.getSheetName(0));
            for (ReportTables.Table t : list) sheet(wb, t, bold, decimals, names);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the workbook in memory failed", e);
        }
    }

    private void about(XSSFWorkbook wb, ReportModel m, CellStyle bold) {
        Locale l = m.locale();
        Sheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(msg(l, "report.sheet.about")));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {msg(l, "report.col.item"), msg(l, "report.col.content")});
        ReportModel.Cover c = m.cover();
        rows.add(new String[] {msg(l, "report.cover.document"), c.title()});
        rows.add(new String[] {msg(l, "report.cover.city"), c.city()});
        if (c.meeting() != null) rows.add(new String[] {msg(l, "report.cover.meeting"), c.meeting() + " · " + c.meetingDay()});
        rows.add(new String[] {msg(l, "report.cover.period"), c.period()});
        rows.add(new String[] {msg(l, "report.cover.plan"), c.plan()});
        rows.add(new String[] {msg(l, "report.cover.run"), Long.toString(c.runId())});
        rows.add(new String[] {msg(l, "report.cover.published"), c.publishedAt()});
        rows.add(new String[] {msg(l, "report.cover.dataVersion"), c.dataVersion()});
        rows.add(new String[] {msg(l, "report.cover.produced"), c.producedAt() + " · " + c.producedBy()});
        if (c.synthetic()) rows.add(new String[] {msg(l, "report.cover.dataKind"), msg(l, "report.cover.synthetic")});
        rows.add(new String[] {msg(l, "report.about.sources"), msg(l, "report.about.sourcesText")});
        rows.add(new String[] {msg(l, "report.about.method"), msg(l, "report.methodIntro")});
        rows.add(new String[] {msg(l, "report.about.numbers"), msg(l, "report.about.numbersText")});
        if (m.robustness() != null) {
            rows.add(new String[] {msg(l, "report.section.robustness"), msg(l, "report.robustnessIntro", m.robustness().replications(),
                    Long.toString(m.robustness().seed()), m.robustness().strongest() == null ? msg(l, "report.none") : m.robustness().strongest())});
        }
        int k = 1;
        for (String sentence : m.summary()) rows.add(new String[] {msg(l, "report.section.summary") + " " + k++, sentence});
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r);
            for (int c2 = 0; c2 < 2; c2++) {
                Cell cell = row.createCell(c2);
                cell.setCellValue(SpreadsheetText.neutralise(rows.get(r)[c2]));
                if (r == 0) cell.setCellStyle(bold);
            }
        }
        s.createFreezePane(0, 1);
        s.setColumnWidth(0, 22 * 256);
        s.setColumnWidth(1, 100 * 256);
    }

    private static void sheet(XSSFWorkbook wb, ReportTables.Table t, CellStyle bold, CellStyle[] decimals, Set<String> names) {
        String base = WorkbookUtil.createSafeSheetName(t.sheet().length() > 28 ? t.sheet().substring(0, 28) : t.sheet());
        String name = base;
        for (int k = 2; names.contains(name.toLowerCase(Locale.ROOT)) || names.contains(name); k++) name = base + " " + k;
        names.add(name);
        names.add(name.toLowerCase(Locale.ROOT));
        Sheet sheet = wb.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < t.header().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(SpreadsheetText.neutralise(t.header().get(c)));
            cell.setCellStyle(bold);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<ReportTables.Cell> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                ReportTables.Cell v = cells.get(c);
                if (v.numeric()) {
                    if (v.number() != null) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(v.number());
                        cell.setCellStyle(decimals[Math.max(0, Math.min(decimals.length - 1, v.decimals()))]);
                    }
                } else {
                    row.createCell(c).setCellValue(SpreadsheetText.neutralise(v.text()));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < t.header().size(); c++) {
            sheet.setColumnWidth(c, Math.min(50, Math.max(10, t.header().get(c).length() * 2 + 2)) * 256);
        }
    }
}
