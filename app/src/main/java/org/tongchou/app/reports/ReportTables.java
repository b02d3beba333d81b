package org.tongchou.app.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongchou.app.evaluation.RunTables;

/**
 * The pack's tables as rows of cells, shared by the Word and Excel writers (the PDF lays out the same
 * figures through its template): each with the section it belongs to, a title, a short sheet name, a
 * header and rows whose numbers stay numbers (with the decimals the documents show).
 */
@Component
class ReportTables {
    private final MessageSource messages;

    ReportTables(MessageSource messages) {
        this.messages = messages;
    }

    /** A cell: text, or a number shown with {@code decimals} places (null number = empty). */
    record Cell(String text, Double number, int decimals) {
        static Cell t(String s) {
            return new Cell(s == null ? "" : s, null, 0);
        }

        static Cell n(Double v, int decimals) {
            return new Cell(null, v == null || v.isNaN() || v.isInfinite() ? null : v, decimals);
        }

        static Cell i(int v) {
            return new Cell(null, (double) v, 0);
        }

        boolean numeric() {
            return text == null;
        }

        String shown() {
            return numeric() ? Figures.fixed(number, decimals) : text;
        }
    }

    record Table(String section, String sheet, String title, List<String> header, List<List<Cell>> rows) {
    }

    private String msg(Locale l, String key, Object... args) {
        return messages.getMessage(key, args, key, l);
    }

    List<Table> all(ReportModel m) {
        Locale l = m.locale();
        List<Table> out = new ArrayList<>();
        for (ReportModel.Concentration c : m.concentrations()) {
            List<String> h = new ArrayList<>(List.of(msg(l, "report.col.townCode"), msg(l, "report.col.town"), msg(l, "report.col.value"),
                    msg(l, "report.col.target")));
            h.addAll(c.periods());
            List<List<Cell>> rows = new ArrayList<>();
            for (ReportModel.ConcentrationRow r : c.rows()) {
                List<Cell> row = new ArrayList<>(List.of(Cell.t(r.code()), Cell.t(r.town()), Cell.n(r.value(), 2), Cell.n(r.target(), 2)));
                r.trend().forEach(v -> row.add(Cell.n(v, 2)));
                rows.add(row);
            }
            List<Cell> city = new ArrayList<>(List.of(Cell.t(""), Cell.t(msg(l, "report.col.city")), Cell.n(c.cityValue(), 2), Cell.n(c.cityTarget(), 2)));
            rows.add(city);
            out.add(new Table("concentrations", c.name(), c.name() + (c.unit().isEmpty() ? "" : "（" + c.unit() + "）"), h, rows));
        }
        out.add(ranking("ranking", msg(l, "report.sheet.ranking"), m.composite().name(), m.composite(), l, true));
        for (ReportModel.Ranking d : m.dimensions()) out.add(ranking("dimensions", d.name(), d.name(), d, l, false));
        out.add(gaps(m, l, "report.gapsLeader", msg(l, "report.sheet.gapsLeader"), m.gapsToLeader(), ""));
        if (!m.gapsToBenchmark().isEmpty()) {
            out.add(gaps(m, l, "report.gapsBenchmark", msg(l, "report.sheet.gapsBenchmark"), m.gapsToBenchmark(),
                    m.benchmark() == null ? "" : m.benchmark().name()));
        }
        out.add(disparity(l, "disparity", msg(l, "report.sheet.disparity"), msg(l, "report.section.disparity"), msg(l, "report.col.subject"),
                m.disparity().rows()));
        out.add(disparity(l, "disparity", msg(l, "report.sheet.disparityTrend"), msg(l, "report.disparityTrend"), msg(l, "report.col.period"),
                m.disparity().trend()));
        if (!m.disparity().splits().isEmpty()) {
            out.add(new Table("disparity", msg(l, "report.sheet.theilSplit"), msg(l, "report.theilSplit"),
                    List.of(msg(l, "report.col.subject"), msg(l, "report.col.level"), msg(l, "report.col.theil"), msg(l, "report.col.between"),
                            msg(l, "report.col.within"), msg(l, "report.col.betweenShare") + " %"),
                    m.disparity().splits().stream().map(t -> List.of(Cell.t(t.subject()), Cell.t(t.level()), Cell.n(t.total(), 3), Cell.n(t.between(), 3),
                            Cell.n(t.within(), 3), Cell.n(t.betweenShare() == null ? null : t.betweenShare() * 100, 1))).toList()));
        }
        if (!m.coupling().isEmpty()) {
            List<List<Cell>> rows = new ArrayList<>();
            for (ReportModel.CouplingRow c : m.coupling()) {
                rows.add(List.of(Cell.t(c.code()), Cell.t(c.town()), Cell.n(c.urban(), 3), Cell.n(c.rural(), 3), Cell.n(c.c(), 3), Cell.n(c.t(), 3),
                        Cell.n(c.d(), 3), Cell.t(c.coordinationClass())));
            }
            out.add(new Table("coupling", msg(l, "report.sheet.coupling"), msg(l, "report.section.coupling"),
                    List.of(msg(l, "report.col.townCode"), msg(l, "report.col.town"), msg(l, "report.col.urban"), msg(l, "report.col.rural"), "C", "T", "D",
                            msg(l, "report.col.class")), rows));
        }
        if (m.benchmark() != null) {
            out.add(new Table("benchmark", msg(l, "report.sheet.benchmark"), msg(l, "report.section.benchmark", m.benchmark().name()),
                    List.of(msg(l, "report.col.dimension"), msg(l, "report.col.dimScore"), msg(l, "report.col.cityAverage"), msg(l, "report.col.rank")),
                    m.benchmark().dimensions().stream().map(d -> List.of(Cell.t(d.name()), Cell.n(d.score(), 2), Cell.n(d.cityAverage(), 2),
                            d.rank() == null ? Cell.t("") : Cell.i(d.rank()))).toList()));
        }
        out.add(towns(m, l));
        Table progress = progress(m, l);
        if (!progress.rows().isEmpty()) out.add(progress);
        for (RunTables.Table t : m.methodTables()) {
            boolean rob = t.id().equals("robustness") || t.id().equals("sensitivity");
            out.add(new Table(rob ? "robustness" : "method", t.title(), t.title(), t.header(),
                    t.rows().stream().map(r -> r.stream().map(c -> c.numeric() ? Cell.n(c.number(), c.decimals()) : Cell.t(c.text())).toList()).toList()));
        }
        List<List<Cell>> q = new ArrayList<>();
        m.quality().completeness().forEach(c -> q.add(List.of(Cell.t(c.name()), Cell.n(c.value() == null ? null : c.value() * 100, 1))));
        out.add(new Table("quality", msg(l, "report.sheet.quality"), msg(l, "report.completeness"),
                List.of(msg(l, "report.col.town"), msg(l, "report.col.completeness") + " %"), q));
        return out;
    }

    private Table ranking(String section, String sheet, String title, ReportModel.Ranking r, Locale l, boolean intervals) {
        List<String> h = new ArrayList<>(List.of(msg(l, "report.col.rank"), msg(l, "report.col.townCode"), msg(l, "report.col.town"),
                msg(l, intervals ? "report.col.score" : "report.col.dimScore"), msg(l, "report.col.change")));
        if (intervals) h.addAll(List.of(msg(l, "report.col.q5"), msg(l, "report.col.q95"), msg(l, "report.col.clear")));
        List<List<Cell>> rows = new ArrayList<>();
        for (ReportModel.RankRow x : r.rows()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.i(x.rank()), Cell.t(x.code()), Cell.t(x.town()), Cell.n(x.score(), 2), Cell.t(x.change())));
            if (intervals) {
                row.addAll(List.of(Cell.n(x.q5(), 1), Cell.n(x.q95(), 1), Cell.t(x.clear() ? "" : msg(l, "report.notClear"))));
            }
            rows.add(row);
        }
        return new Table(section, sheet, title, h, rows);
    }

    private Table gaps(ReportModel m, Locale l, String titleKey, String sheet, List<ReportModel.GapRow> gaps, String bench) {
        List<String> h = new ArrayList<>(List.of(msg(l, "report.col.townCode"), msg(l, "report.col.town"), msg(l, "report.col.gap")));
        h.addAll(m.dimensionNames());
        List<List<Cell>> rows = new ArrayList<>();
        for (ReportModel.GapRow g : gaps) {
            List<Cell> row = new ArrayList<>(List.of(Cell.t(g.code()), Cell.t(g.town()), Cell.n(g.total(), 2)));
            g.byDimension().forEach(v -> row.add(Cell.n(v, 2)));
            rows.add(row);
        }
        return new Table("gaps", sheet, msg(l, titleKey, bench), h, rows);
    }

    private Table disparity(Locale l, String section, String sheet, String title, String first, List<ReportModel.DisparityRow> rows) {
        return new Table(section, sheet, title, List.of(first, msg(l, "report.col.cv"), msg(l, "report.col.gini"), msg(l, "report.col.theil")),
                rows.stream().map(d -> List.of(Cell.t(d.subject()), Cell.n(d.cv(), 3), Cell.n(d.gini(), 3), Cell.n(d.theil(), 3))).toList());
    }

    /** Every town's 时序进度 in one sheet (long form: town, indicator, target, cumulative, completion, elapsed, gap, light, projection). */
    private Table progress(ReportModel m, Locale l) {
        List<List<Cell>> rows = new ArrayList<>();
        String title = msg(l, "report.sheet.progress");
        for (ReportModel.TownPage t : m.towns()) {
            if (t.progress() == null) continue;
            title = msg(l, "report.progress", t.progress().asOf(), t.progress().profile());
            for (ReportModel.ProgressRow x : t.progress().rows()) {
                rows.add(List.of(Cell.t(t.code()), Cell.t(t.name()), Cell.t(x.indicator() + (x.unit().isEmpty() ? "" : "（" + x.unit() + "）")),
                        Cell.n(x.target(), 2), Cell.n(x.cumulative(), 2), Cell.n(x.completion() == null ? null : x.completion() * 100, 1),
                        Cell.n(x.elapsed() == null ? null : x.elapsed() * 100, 1), Cell.n(x.gap(), 2), Cell.t(x.light()), Cell.n(x.projection(), 2)));
            }
        }
        return new Table("progress", msg(l, "report.sheet.progress"), title,
                List.of(msg(l, "report.col.townCode"), msg(l, "report.col.town"), msg(l, "report.col.indicator"), msg(l, "progress.target"),
                        msg(l, "progress.cumulative"), msg(l, "progress.completion") + " %", msg(l, "progress.elapsed") + " %", msg(l, "progress.gap"),
                        msg(l, "progress.light"), msg(l, "progress.projection")), rows);
    }

    /** Every town's dimension scores in one sheet (long form: town, dimension, score, city average, benchmark, rank). */
    private Table towns(ReportModel m, Locale l) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ReportModel.TownPage t : m.towns()) {
            for (ReportModel.DimensionRow d : t.dimensions()) {
                rows.add(List.of(Cell.t(t.code()), Cell.t(t.name()), Cell.t(d.name()), Cell.n(d.score(), 2), Cell.n(d.cityAverage(), 2),
                        Cell.n(d.benchmark(), 2), d.rank() == null ? Cell.t("") : Cell.i(d.rank())));
            }
        }
        return new Table("towns", msg(l, "report.sheet.towns"), msg(l, "report.section.towns"),
                List.of(msg(l, "report.col.townCode"), msg(l, "report.col.town"), msg(l, "report.col.dimension"), msg(l, "report.col.dimScore"),
                        msg(l, "report.col.cityAverage"), msg(l, "report.col.benchmark"), msg(l, "report.col.rank")), rows);
    }
}
