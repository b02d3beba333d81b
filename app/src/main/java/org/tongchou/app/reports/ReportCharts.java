package org.tongchou.app.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.springframework.stereotype.Component;

/**
 * The pack's charts, drawn on the server without a browser (JFreeChart) in the colours of the web pages
 * (ECharts' palette and the rank-interval colours of {@code evaluation.js}): the composite scores, the
 * rank intervals, the disparity trend and each town's radar against the city average and the benchmark.
 * As SVG for the PDF (text drawn as outlines, so that the PDF needs no font for it) and as PNG for Word.
 */
@Component
class ReportCharts {
    static final Color BLUE = new Color(0x5470c6);
    static final Color GREEN = new Color(0x91cc75);
    static final Color YELLOW = new Color(0xfac858);
    static final Color RED = new Color(0xee6666);
    static final Color CLEAR = new Color(0x93c5fd);
    static final Color UNCLEAR = new Color(0xfbbf24);
    static final Color NOMINAL = new Color(0x1d4ed8);
    static final Color INK = new Color(0x1f2933);
    /** A 640-pixel-wide chart fills the A4 text width (170 mm). */
    static final double MM_PER_PX = 170.0 / 640;
    private final ReportFonts fonts;
    private final org.springframework.context.MessageSource messages;

    ReportCharts(ReportFonts fonts, org.springframework.context.MessageSource messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    boolean available() {
        return true;
    }

    String rankingSvg(ReportModel m) {
        return svg(ranking(m), 640, 40 + 22 * m.composite().rows().size());
    }

    String intervalsSvg(ReportModel m) {
        JFreeChart c = intervals(m);
        return c == null ? null : svg(c, 640, 60 + 22 * m.composite().rows().size());
    }

    String disparitySvg(ReportModel m) {
        return m.disparity().trend().size() < 2 ? null : svg(disparity(m), 640, 260);
    }

    String radarSvg(ReportModel m, ReportModel.TownPage t) {
        return t.dimensions().size() < 3 ? null : svg(radar(m, t), 420, 300);
    }

    byte[] rankingPng(ReportModel m) {
        return png(ranking(m), 640, 40 + 22 * m.composite().rows().size());
    }

    byte[] intervalsPng(ReportModel m) {
        JFreeChart c = intervals(m);
        return c == null ? null : png(c, 640, 60 + 22 * m.composite().rows().size());
    }

    byte[] disparityPng(ReportModel m) {
        return m.disparity().trend().size() < 2 ? null : png(disparity(m), 640, 260);
    }

    byte[] radarPng(ReportModel m, ReportModel.TownPage t) {
        return t.dimensions().size() < 3 ? null : png(radar(m, t), 420, 300);
    }

    private JFreeChart ranking(ReportModel m) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (ReportModel.RankRow r : m.composite().rows()) ds.addValue(r.score(), m.composite().name(), r.town());
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), new NumberAxis(), new BarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, BLUE);
        r.setMaximumBarWidth(0.6);
        return style(new JFreeChart(null, font(), plot, false), null);
    }

    private JFreeChart intervals(ReportModel m) {
        List<ReportModel.RankRow> rows = m.composite().rows().stream().filter(r -> r.q5() != null && r.q95() != null).toList();
        if (rows.isEmpty()) return null;
        int n = rows.size();
        Number[][] lo = new Number[2][n];
        Number[][] hi = new Number[2][n];
        String[] towns = new String[n];
        for (int i = 0; i < n; i++) {
            ReportModel.RankRow r = rows.get(i);
            towns[i] = r.town();
            lo[0][i] = r.clear() ? r.q5() - 0.4 : null;
            hi[0][i] = r.clear() ? r.q95() + 0.4 : null;
            lo[1][i] = r.clear() ? null : r.q5() - 0.4;
            hi[1][i] = r.clear() ? null : r.q95() + 0.4;
        }
        String clear = label(m, "report.chart.clear");
        String unclear = label(m, "report.chart.unclear");
        DefaultIntervalCategoryDataset ds = new DefaultIntervalCategoryDataset(new String[] {clear, unclear}, towns, lo, hi);
        IntervalBarRenderer bars = new IntervalBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, CLEAR);
        bars.setSeriesPaint(1, UNCLEAR);
        bars.setItemMargin(-1.0);
        bars.setMaximumBarWidth(0.5);
        NumberAxis axis = new NumberAxis(label(m, "report.chart.rank"));
        axis.setInverted(true);
        axis.setRange(0.4, m.composite().rows().size() + 0.6);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), axis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        DefaultCategoryDataset nominal = new DefaultCategoryDataset();
        for (ReportModel.RankRow r : rows) nominal.addValue(r.rank(), label(m, "report.chart.nominal"), r.town());
        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, NOMINAL);
        dots.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-4, -4, 8, 8));
        plot.setDataset(1, nominal);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        return style(new JFreeChart(null, font(), plot, true), null);
    }

    private JFreeChart disparity(ReportModel m) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (ReportModel.DisparityRow d : m.disparity().trend()) {
            ds.addValue(d.cv(), label(m, "report.col.cv"), d.subject());
            ds.addValue(d.gini(), label(m, "report.col.gini"), d.subject());
            ds.addValue(d.theil(), label(m, "report.col.theil"), d.subject());
        }
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, BLUE);
        r.setSeriesPaint(1, GREEN);
        r.setSeriesPaint(2, RED);
        for (int i = 0; i < 3; i++) r.setSeriesStroke(i, new BasicStroke(2f));
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(), new NumberAxis(), r);
        return style(new JFreeChart(null, font(), plot, true), null);
    }

    private JFreeChart radar(ReportModel m, ReportModel.TownPage t) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        String city = label(m, "report.col.cityAverage");
        String bench = label(m, "report.col.benchmark");
        for (ReportModel.DimensionRow d : t.dimensions()) {
            ds.addValue(d.score() == null ? 0 : d.score(), t.name(), d.name());
            ds.addValue(d.cityAverage() == null ? 0 : d.cityAverage(), city, d.name());
            if (d.benchmark() != null && m.benchmark() != null && !m.benchmark().code().equals(t.code())) ds.addValue(d.benchmark(), bench, d.name());
        }
        SpiderWebPlot plot = new SpiderWebPlot(ds);
        plot.setMaxValue(100);
        plot.setSeriesPaint(0, BLUE);
        plot.setSeriesPaint(1, GREEN);
        plot.setSeriesPaint(2, YELLOW);
        plot.setSeriesOutlineStroke(0, new BasicStroke(2f));
        plot.setLabelFont(font().deriveFont(10f));
        plot.setLabelPaint(INK);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        return style(new JFreeChart(null, font(), plot, true), null);
    }

    private JFreeChart style(JFreeChart c, String title) {
        c.setBackgroundPaint(Color.WHITE);
        c.setAntiAlias(true);
        c.setTextAntiAlias(true);
        if (title != null) c.setTitle(new TextTitle(title, font().deriveFont(Font.BOLD, 13f)));
        LegendTitle legend = c.getLegend();
        if (legend != null) {
            legend.setItemFont(font().deriveFont(10f));
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        if (c.getPlot() instanceof CategoryPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(new Color(0xd9e2ec));
            p.setOutlineVisible(false);
            p.getDomainAxis().setTickLabelFont(font().deriveFont(10f));
            p.getDomainAxis().setTickLabelPaint(INK);
            p.getRangeAxis().setTickLabelFont(font().deriveFont(9f));
            p.getRangeAxis().setLabelFont(font().deriveFont(10f));
        }
        return c;
    }

    private Font font() {
        return fonts.awt();
    }

    private String label(ReportModel m, String key) {
        return messages.getMessage(key, null, key, m.locale());
    }

    private static String svg(JFreeChart c, int w, int h) {
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        c.draw(g, new Rectangle(0, 0, w, h));
        String svg = g.getSVGElement(null, true, new org.jfree.svg.ViewBox(0, 0, w, h), null, null);
        // the size in millimetres as CSS: openhtmltopdf's SVG drawer (Batik) takes it from there, not from width/height in px
        return svg.replaceFirst("<svg ", String.format(java.util.Locale.ROOT, "<svg style=\"width: %.1fmm; height: %.1fmm\" ",
                w * MM_PER_PX, h * MM_PER_PX));
    }

    private static byte[] png(JFreeChart c, int w, int h) {
        double scale = 1.5; // about 150 dpi at the width Word shows it (16 cm)
        BufferedImage img = new BufferedImage((int) (w * scale), (int) (h * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            c.draw(g, new Rectangle(0, 0, w, h));
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
