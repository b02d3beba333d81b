package org.tongchou.app.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The pack as an editable Word document for the office that drafts the speech: real headings (styles
 * Heading 1 and 2, so that Word's navigation and table of contents work), a table-of-contents field that
 * Word fills in when the document is opened, page numbers in the footer, real tables (header rows repeated
 * on every page) and the charts as PNG images. Same sections and figures as the PDF.
 */
@Component
class DocxWriter {
    private static final String FONT = "Microsoft YaHei";
    private final ReportTables tables;
    private final ReportCharts charts;
    private final PdfWriter pdf;
    private final MessageSource messages;

    DocxWriter(ReportTables tables, ReportCharts charts, PdfWriter pdf, MessageSource messages) {
        this.tables = tables;
        this.charts = charts;
        this.pdf = pdf;
        this.messages = messages;
    }

    private String msg(Locale l, String key, Object... args) {
        return messages.getMessage(key, args, key, l);
    }

    byte[] pack(ReportModel m) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            setUp(doc);
            cover(doc, m);
            List<PdfWriter.Section> sections = contents(doc, m);
            List<ReportTables.Table> all = tables.all(m);
            for (PdfWriter.Section s : sections) {
                pageBreak(doc);
                heading(doc, 1, s.title());
                section(doc, m, s.id(), all);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the Word document in memory failed", e);
        }
    }

    /** The table of contents: a field Word fills in on opening, already holding the sections' titles; returns the sections. */
    private List<PdfWriter.Section> contents(XWPFDocument doc, ReportModel m) {
        Locale l = m.locale();
        heading(doc, 1, msg(l, "report.toc"));
        XWPFParagraph toc = doc.createParagraph();
        var field = toc.getCTP().addNewFldSimple();
        field.setInstr("TOC \\o \"1-2\" \\h \\z \\u");
        // the field's result filled when the document is made: the sections' titles, one a line (page numbers need
        // Word's layout: Word recomputes the field on opening, as the settings' updateFields asks)
        List<PdfWriter.Section> sections = pdf.sections(m);
        for (int k = 0; k < sections.size(); k++) {
            var run = field.addNewR();
            if (k > 0) run.addNewBr();
            run.addNewT().setStringValue(sections.get(k).title());
        }
        doc.enforceUpdateFields();
        text(doc, msg(l, "report.docx.tocHint"), false, 9);
        return sections;
    }

    /** The body of the section {@code id}, after its heading: as the PDF's, its texts, tables and charts. */
    private void section(XWPFDocument doc, ReportModel m, String id, List<ReportTables.Table> all) {
        Locale l = m.locale();
        switch (id) {
            case "summary" -> {
                m.summary().forEach(x -> text(doc, x, false, 11));
                picture(doc, charts.rankingPng(m), 640, 40 + 22 * m.composite().rows().size(), "ranking.png");
            }
            case "ranking" -> {
                tablesOf(doc, all, "ranking", false);
                if (m.robustness() != null) text(doc, msg(l, "report.intervalNote", m.robustness().replications(), Long.toString(m.robustness().seed())), false, 9);
                picture(doc, charts.intervalsPng(m), 640, 60 + 22 * m.composite().rows().size(), "intervals.png");
            }
            case "disparity" -> {
                tablesOf(doc, all, "disparity", true);
                picture(doc, charts.disparityPng(m), 640, 260, "disparity.png");
            }
            case "benchmark" -> benchmark(doc, m, all);
            case "towns" -> towns(doc, m);
            case "robustness" -> robustness(doc, m, all);
            case "method" -> {
                text(doc, msg(l, "report.methodIntro"), false, 10.5);
                tablesOf(doc, all, "method", true);
            }
            case "quality" -> quality(doc, m, all);
            case "gaps" -> {
                tablesOf(doc, all, "gaps", true);
                text(doc, msg(l, "report.gapNote"), false, 9);
            }
            case "coupling" -> {
                tablesOf(doc, all, "coupling", false);
                text(doc, msg(l, "report.couplingNote"), false, 9);
            }
            default -> tablesOf(doc, all, id, true);
        }
    }

    private void benchmark(XWPFDocument doc, ReportModel m, List<ReportTables.Table> all) {
        Locale l = m.locale();
        ReportModel.Benchmark b = m.benchmark();
        text(doc, msg(l, "report.benchmarkLine", b.name(), b.rank(), Figures.score(b.score())), false, 10.5);
        tablesOf(doc, all, "benchmark", false);
        list(doc, msg(l, "meetings.part.SEE"), b.seen());
        list(doc, msg(l, "meetings.part.HEAR"), b.heard());
        list(doc, msg(l, "meetings.part.DISCUSS"), b.discussed());
        list(doc, msg(l, "meetings.part.REQUIREMENT"), b.requirements());
    }

    private void robustness(XWPFDocument doc, ReportModel m, List<ReportTables.Table> all) {
        Locale l = m.locale();
        if (m.robustness() == null) text(doc, msg(l, "report.noRobustness"), false, 10.5);
        else text(doc, msg(l, "report.robustnessIntro", m.robustness().replications(), Long.toString(m.robustness().seed()),
                m.robustness().strongest() == null ? msg(l, "report.none") : m.robustness().strongest()), false, 10.5);
        tablesOf(doc, all, "robustness", true);
    }

    private void quality(XWPFDocument doc, ReportModel m, List<ReportTables.Table> all) {
        Locale l = m.locale();
        text(doc, msg(l, "report.qualityLine", m.quality().towns(), m.quality().values(), m.quality().dataVersion()), false, 10.5);
        tablesOf(doc, all, "quality", true);
        heading(doc, 2, msg(l, "report.notes"));
        if (m.quality().notes().isEmpty()) text(doc, msg(l, "report.noNotes"), false, 10.5);
        m.quality().notes().forEach(n -> text(doc, "• " + n, false, 9.5));
    }

    byte[] bulletin(ReportModel m) {
        Locale l = m.locale();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            setUp(doc);
            XWPFParagraph t = doc.createParagraph();
            t.setStyle("Heading1");
            t.setAlignment(ParagraphAlignment.CENTER);
            run(t, msg(l, "report.bulletin.title"), true, 20);
            text(doc, m.cover().city() + " · " + m.cover().period() + " · " + m.cover().plan() + " · " + msg(l, "report.cover.run") + " " + m.cover().runId(),
                    false, 10.5);
            if (m.cover().synthetic()) text(doc, msg(l, "report.cover.synthetic"), true, 10);
            m.summary().forEach(x -> text(doc, x, false, 10.5));
            tablesOf(doc, tables.all(m), "ranking", false);
            text(doc, msg(l, "report.bulletin.note"), false, 9);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the Word document in memory failed", e);
        }
    }

    private void cover(XWPFDocument doc, ReportModel m) {
        Locale l = m.locale();
        ReportModel.Cover c = m.cover();
        for (int i = 0; i < 6; i++) doc.createParagraph();
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, c.title(), true, 26);
        XWPFParagraph sub = doc.createParagraph();
        sub.setAlignment(ParagraphAlignment.CENTER);
        run(sub, c.city() + " · " + c.period(), false, 14);
        for (int i = 0; i < 3; i++) doc.createParagraph();
        if (c.meeting() != null) centered(doc, msg(l, "report.cover.meeting") + "：" + c.meeting() + "（" + c.meetingDay() + (c.venue() == null ? "" : " · " + c.venue()) + "）");
        centered(doc, msg(l, "report.cover.plan") + "：" + c.plan());
        centered(doc, msg(l, "report.cover.run") + "：" + c.runId() + " · " + msg(l, "report.cover.published") + " " + c.publishedAt());
        centered(doc, msg(l, "report.cover.dataVersion") + "：" + c.dataVersion());
        centered(doc, msg(l, "report.cover.produced") + "：" + c.producedAt() + " · " + c.producedBy());
        if (c.synthetic()) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun r = run(p, msg(l, "report.cover.synthetic"), true, 11);
            r.setColor("C0392B");
        }
        pageBreak(doc);
    }

    private void towns(XWPFDocument doc, ReportModel m) {
        Locale l = m.locale();
        text(doc, msg(l, "report.townsNote"), false, 9);
        boolean first = true;
        for (ReportModel.TownPage t : m.towns()) {
            if (!first) pageBreak(doc);
            first = false;
            heading(doc, 2, t.rank() + ". " + t.name());
            text(doc, msg(l, "report.townLine", Figures.score(t.score()), t.rank(), t.change().isEmpty() ? msg(l, "report.none") : t.change(),
                    t.interval().isEmpty() ? msg(l, "report.none") : t.interval(),
                    t.coordinationClass().isEmpty() ? msg(l, "report.none") : t.coordinationClass()), false, 10.5);
            if (!t.clear()) text(doc, msg(l, "report.notClearLong"), true, 10);
            picture(doc, charts.radarPng(m, t), 420, 300, "radar-" + t.code() + ".png");
            table(doc, List.of(msg(l, "report.col.dimension"), msg(l, "report.col.dimScore"), msg(l, "report.col.cityAverage"), msg(l, "report.col.benchmark"),
                    msg(l, "report.col.rank")), t.dimensions().stream().map(d -> List.of(ReportTables.Cell.t(d.name()), ReportTables.Cell.n(d.score(), 2),
                    ReportTables.Cell.n(d.cityAverage(), 2), ReportTables.Cell.n(d.benchmark(), 2),
                    d.rank() == null ? ReportTables.Cell.t("") : ReportTables.Cell.i(d.rank()))).toList());
            subheading(doc, msg(l, "report.obstacles"));
            table(doc, List.of(msg(l, "report.col.indicator"), msg(l, "report.col.obstacle")),
                    t.obstacles().stream().map(o -> List.of(ReportTables.Cell.t(o.name()), ReportTables.Cell.n(o.value(), 2))).toList());
            subheading(doc, msg(l, "report.gapTo", t.reference()));
            table(doc, List.of(msg(l, "report.col.dimension"), msg(l, "report.col.gapPart")),
                    t.gapToReference().stream().map(o -> List.of(ReportTables.Cell.t(o.name()), ReportTables.Cell.n(o.value(), 2))).toList());
            if (!t.targets().isEmpty()) {
                subheading(doc, msg(l, "report.targets"));
                table(doc, List.of(msg(l, "report.col.indicator"), msg(l, "report.col.target"), msg(l, "report.col.actual"), msg(l, "report.col.completion")),
                        t.targets().stream().map(x -> List.of(ReportTables.Cell.t(x.indicator() + (x.unit().isEmpty() ? "" : "（" + x.unit() + "）")),
                                ReportTables.Cell.n(x.target(), 2), ReportTables.Cell.n(x.actual(), 2), ReportTables.Cell.t(Figures.percent(x.completion())))).toList());
            }
            if (t.progress() != null) {
                subheading(doc, msg(l, "report.progress", t.progress().asOf(), t.progress().profile()));
                table(doc, List.of(msg(l, "report.col.indicator"), msg(l, "progress.target"), msg(l, "progress.cumulative"), msg(l, "progress.completion"),
                        msg(l, "progress.elapsed"), msg(l, "progress.gap"), msg(l, "progress.light"), msg(l, "progress.projection")),
                        t.progress().rows().stream().map(x -> List.of(ReportTables.Cell.t(x.indicator() + (x.unit().isEmpty() ? "" : "（" + x.unit() + "）")),
                                ReportTables.Cell.n(x.target(), 2), ReportTables.Cell.n(x.cumulative(), 2), ReportTables.Cell.t(Figures.percent(x.completion())),
                                ReportTables.Cell.t(Figures.percent(x.elapsed())), ReportTables.Cell.n(x.gap(), 2), ReportTables.Cell.t(x.light()),
                                ReportTables.Cell.n(x.projection(), 2))).toList());
            }
            if (!t.commitments().isEmpty()) {
                subheading(doc, msg(l, "report.commitments"));
                table(doc, List.of(msg(l, "report.col.commitment"), msg(l, "report.col.deadline"), msg(l, "report.col.status")),
                        t.commitments().stream().map(x -> List.of(ReportTables.Cell.t(x.text()), ReportTables.Cell.t(x.deadline()),
                                ReportTables.Cell.t(x.status()))).toList());
            }
        }
    }

    private void tablesOf(XWPFDocument doc, List<ReportTables.Table> all, String section, boolean titled) {
        for (ReportTables.Table t : all) {
            if (!t.section().equals(section)) continue;
            if (titled || !t.title().isEmpty()) heading(doc, 2, t.title());
            table(doc, t.header(), t.rows());
        }
    }

    private void table(XWPFDocument doc, List<String> header, List<List<ReportTables.Cell>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        XWPFTableRow h = table.getRow(0);
        h.setRepeatHeader(true);
        for (int c = 0; c < header.size(); c++) cell(h.getCell(c), header.get(c), true, false);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<ReportTables.Cell> cells = rows.get(r);
            for (int c = 0; c < header.size(); c++) {
                ReportTables.Cell v = c < cells.size() ? cells.get(c) : ReportTables.Cell.t("");
                cell(row.getCell(c), v.shown(), false, v.numeric());
            }
        }
        doc.createParagraph();
    }

    private void cell(XWPFTableCell cell, String text, boolean bold, boolean right) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (right) p.setAlignment(ParagraphAlignment.RIGHT);
        p.setSpacingAfter(0);
        run(p, text, bold, 8.5);
        if (bold) cell.setColor("E8EEF5");
    }

    private void list(XWPFDocument doc, String title, List<String> items) {
        if (items.isEmpty()) return;
        subheading(doc, title);
        items.forEach(i -> text(doc, "• " + i, false, 10.5));
    }

    private void picture(XWPFDocument doc, byte[] png, int w, int h, String name) {
        if (png == null) return;
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        double scale = Math.min(1.0, 450.0 / w);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, name, Units.toEMU(w * scale), Units.toEMU(h * scale));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("adding chart " + name + " failed", e);
        }
    }

    private static void setUp(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle s = CTStyle.Factory.newInstance();
            s.setStyleId("Heading" + level);
            s.setType(STStyleType.PARAGRAPH);
            s.addNewName().setVal("heading " + level);
            s.addNewNext().setVal("Normal");
            s.addNewQFormat();
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
            s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            s.getPPr().addNewKeepNext();
            var rpr = s.addNewRPr();
            rpr.addNewB();
            rpr.addNewSz().setVal(BigInteger.valueOf(level == 1 ? 32 : 26));
            rpr.addNewColor().setVal("1F4E79");
            styles.addStyle(new XWPFStyle(s, styles));
        }
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        doc.enforceUpdateFields();
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        run(p, text, true, level == 1 ? 16 : 13);
    }

    private static void subheading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(120);
        run(p, text, true, 10.5);
    }

    private static void text(XWPFDocument doc, String text, boolean bold, double size) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(100);
        run(p, text, bold, size);
    }

    private static void centered(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, false, 11);
    }

    private static void pageBreak(XWPFDocument doc) {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, double size) {
        XWPFRun r = p.createRun();
        r.setText(text == null ? "" : text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily(FONT);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
        return r;
    }
}
