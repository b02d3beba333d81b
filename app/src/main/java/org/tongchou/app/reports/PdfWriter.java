package org.tongchou.app.reports;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The pack as PDF: the Thymeleaf template {@code reports/pack.html} (A4, page numbers, a table of contents
 * with page numbers and PDF bookmarks) laid out by openhtmltopdf on PDFBox, with the Chinese font of
 * {@link ReportFonts} embedded as a subset and the charts of {@link ReportCharts} as vector SVG.
 */
@Component
class PdfWriter {
    private static final String[] ZH_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final ReportFonts fonts;
    private final ReportCharts charts;

    PdfWriter(ITemplateEngine templates, MessageSource messages, ReportFonts fonts, ReportCharts charts) {
        this.templates = templates;
        this.messages = messages;
        this.fonts = fonts;
        this.charts = charts;
    }

    /** A section of the pack: its anchor and numbered title (一、… in Chinese, 1. … in English; annexes 附件1 …). */
    record Section(String id, String title) {
    }

    /** The charts as SVG text for the template (null: not drawn). */
    record Svg(String ranking, String intervals, String disparity, Map<String, String> radars) {
    }

    byte[] pack(ReportModel m) {
        if (m.zh() && !fonts.available()) throw new NoFontException(fonts.searched());
        Context ctx = new Context(m.locale());
        ctx.setVariable("m", m);
        ctx.setVariable("f", Figures.INSTANCE);
        List<Section> sections = sections(m);
        ctx.setVariable("sections", sections);
        Map<String, String> title = new LinkedHashMap<>();
        sections.forEach(s -> title.put(s.id(), s.title()));
        ctx.setVariable("title", title);
        ctx.setVariable("charts", svg(m));
        return render(templates.process("reports/pack", ctx));
    }

    byte[] bulletin(ReportModel m) {
        if (m.zh() && !fonts.available()) throw new NoFontException(fonts.searched());
        Context ctx = new Context(m.locale());
        ctx.setVariable("m", m);
        ctx.setVariable("f", Figures.INSTANCE);
        ctx.setVariable("chart", charts.available() ? charts.rankingSvg(m) : null);
        return render(templates.process("reports/bulletin", ctx));
    }

    private Svg svg(ReportModel m) {
        if (!charts.available()) return new Svg(null, null, null, null);
        Map<String, String> radars = new LinkedHashMap<>();
        for (ReportModel.TownPage t : m.towns()) radars.put(t.code(), charts.radarSvg(m, t));
        return new Svg(charts.rankingSvg(m), charts.intervalsSvg(m), charts.disparitySvg(m), radars);
    }

    List<Section> sections(ReportModel m) {
        List<String> ids = new ArrayList<>(List.of("summary"));
        if (!m.concentrations().isEmpty()) ids.add("concentrations");
        ids.addAll(List.of("ranking", "dimensions", "gaps", "disparity"));
        if (!m.coupling().isEmpty()) ids.add("coupling");
        if (m.benchmark() != null) ids.add("benchmark");
        ids.add("towns");
        List<Section> out = new ArrayList<>();
        int k = 0;
        for (String id : ids) {
            String name = messages.getMessage("report.section." + id, new Object[] {m.benchmark() == null ? "" : m.benchmark().name()}, m.locale());
            out.add(new Section(id, (m.zh() ? ZH_NUMBERS[k] + "、" : (k + 1) + ". ") + name));
            k++;
        }
        int a = 1;
        for (String id : List.of("method", "robustness", "quality")) {
            out.add(new Section(id, messages.getMessage("report.annex", new Object[] {a++, messages.getMessage("report.section." + id, null, m.locale())},
                    m.locale())));
        }
        return out;
    }

    private byte[] render(String html) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ReportFonts.Embedded font = fonts.available() ? fonts.embed(doc) : null;
            try {
                PdfRendererBuilder b = new PdfRendererBuilder();
                b.useFastMode();
                b.usePDDocument(doc);
                if (font != null) b.useFont(new PDFontSupplier(font.font()), "cjk");
                b.useSVGDrawer(new BatikSVGDrawer());
                b.withProducer("Tongchou");
                b.withHtmlContent(html, null);
                b.toStream(out);
                b.run();
            } finally {
                if (font != null) font.close();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the PDF in memory failed", e);
        }
    }
}
