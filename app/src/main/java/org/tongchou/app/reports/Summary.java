package org.tongchou.app.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.reports.ReportModel.Benchmark;
import org.tongchou.app.reports.ReportModel.CouplingRow;
import org.tongchou.app.reports.ReportModel.DisparityRow;
import org.tongchou.app.reports.ReportModel.GapRow;
import org.tongchou.app.reports.ReportModel.RankRow;
import org.tongchou.app.reports.ReportModel.Ranking;
import org.tongchou.app.reports.ReportModel.Robustness;

/**
 * The pack's one-page summary as sentences generated from the figures ({@code report.summary.*} messages):
 * who leads, who climbed and fell most, how the disparity moved, which towns are below 勉强协调, how sure
 * the ranking is, where the benchmark stands and what most of the gap to it is. Every number is written by
 * {@link Figures} from the same values as the tables, so that the sentences and the tables agree.
 */
final class Summary {
    private Summary() {
    }

    static List<String> sentences(MessageSource messages, Locale locale, RunInfo run, String city, Ranking composite, boolean hasPrevious,
                                  List<DisparityRow> trend, List<CouplingRow> coupling, Robustness robustness, Benchmark benchmark,
                                  List<GapRow> toBenchmark, List<GapRow> toLeader, List<String> dimensionNames) {
        boolean zh = "zh".equals(locale.getLanguage());
        String sep = zh ? "、" : ", ";
        List<String> out = new ArrayList<>();
        List<RankRow> rows = composite.rows();
        if (rows.isEmpty()) return out;
        RankRow first = rows.get(0);
        out.add(m(messages, locale, "report.summary.leader", run.period().code(), city, rows.size(), first.town(), Figures.score(first.score())));
        if (rows.size() >= 3) {
            out.add(m(messages, locale, "report.summary.followers", rows.get(1).town(), Figures.score(rows.get(1).score()), rows.get(2).town(),
                    Figures.score(rows.get(2).score())));
        }
        if (!hasPrevious || rows.stream().allMatch(r -> r.change().isEmpty())) {
            out.add(m(messages, locale, "report.summary.noPrevious"));
        } else {
            Optional<RankRow> up = rows.stream().filter(r -> r.change().startsWith("▲")).max(Comparator.comparingInt(Summary::steps));
            Optional<RankRow> down = rows.stream().filter(r -> r.change().startsWith("▼")).max(Comparator.comparingInt(Summary::steps));
            if (up.isEmpty() && down.isEmpty()) out.add(m(messages, locale, "report.summary.unchanged"));
            up.ifPresent(r -> out.add(m(messages, locale, "report.summary.climbed", r.town(), steps(r), r.rank())));
            down.ifPresent(r -> out.add(m(messages, locale, "report.summary.fell", r.town(), steps(r), r.rank())));
        }
        if (!trend.isEmpty()) {
            DisparityRow now = trend.get(trend.size() - 1);
            out.add(m(messages, locale, "report.summary.disparity", Figures.ratio(now.cv()), Figures.ratio(now.gini()), Figures.ratio(now.theil())));
            if (trend.size() >= 2 && now.cv() != null && trend.get(trend.size() - 2).cv() != null) {
                DisparityRow before = trend.get(trend.size() - 2);
                String a = Figures.ratio(before.cv());
                String b = Figures.ratio(now.cv());
                String how = a.equals(b) ? "same" : now.cv() > before.cv() ? "wider" : "narrower";
                out.add(m(messages, locale, "report.summary.disparity." + how, before.subject(), a, b));
            }
        }
        if (!coupling.isEmpty()) {
            List<String> below = coupling.stream().filter(CouplingRow::below).map(CouplingRow::town).toList();
            out.add(below.isEmpty() ? m(messages, locale, "report.summary.noneBelow")
                    : m(messages, locale, "report.summary.below", below.size(), String.join(sep, below)));
        }
        if (robustness != null) {
            String strongest = robustness.strongest() == null ? m(messages, locale, "report.summary.noStrongest") : robustness.strongest();
            out.add(robustness.notClear().isEmpty()
                    ? m(messages, locale, "report.summary.robustAll", robustness.replications(), Long.toString(robustness.seed()), strongest)
                    : m(messages, locale, "report.summary.robust", robustness.replications(), Long.toString(robustness.seed()),
                    String.join(sep, robustness.notClear()), strongest));
        }
        if (benchmark != null) {
            out.add(m(messages, locale, "report.summary.benchmark", benchmark.name(), benchmark.rank(), Figures.score(benchmark.score())));
        }
        gapSentence(messages, locale, benchmark != null && !toBenchmark.isEmpty()
                        ? m(messages, locale, "report.summary.gapRef.benchmark", benchmark.name()) : m(messages, locale, "report.summary.gapRef.leader", first.town()),
                benchmark != null && !toBenchmark.isEmpty() ? toBenchmark : toLeader, dimensionNames, sep).ifPresent(out::add);
        return out;
    }

    /**
     * The gap decomposition in one sentence: every town behind the reference (gap &gt; 0 as the gap tables write
     * it), in rank order, with its gap and the dimension that makes the largest part of it and that part (the
     * largest positive entry of its row in the gap table; ties: the first dimension in the framework's order).
     * Empty when no town is behind or no dimension has a positive part.
     */
    static Optional<String> gapSentence(MessageSource messages, Locale locale, String reference, List<GapRow> gaps, List<String> dimensionNames,
                                        String sep) {
        List<String> items = new ArrayList<>();
        for (GapRow g : gaps) {
            if (g.total() == null || !(Double.parseDouble(Figures.score(g.total())) > 0)) continue;
            int worst = -1;
            for (int d = 0; d < g.byDimension().size() && d < dimensionNames.size(); d++) {
                Double part = g.byDimension().get(d);
                if (part != null && part > 0 && (worst < 0 || part > g.byDimension().get(worst))) worst = d;
            }
            if (worst < 0) continue;
            items.add(m(messages, locale, "report.summary.gapItem", g.town(), Figures.score(g.total()), dimensionNames.get(worst),
                    Figures.score(g.byDimension().get(worst))));
        }
        if (items.isEmpty()) return Optional.empty();
        return Optional.of(m(messages, locale, "report.summary.gaps", reference, String.join(sep, items)));
    }

    private static int steps(RankRow r) {
        return Integer.parseInt(r.change().substring(1));
    }

    private static String m(MessageSource messages, Locale locale, String key, Object... args) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < args.length; i++) a[i] = args[i] instanceof Number n ? n.toString() : args[i];
        return messages.getMessage(key, a, locale);
    }
}
