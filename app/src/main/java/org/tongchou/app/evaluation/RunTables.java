package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * A run's method and robustness as tables, the same for the run page, the CSV and the XLSX downloads:
 * the final weights of every node; the normalised values; entropy (e_j, d_j, w_j); CRITIC (σ_j, conflict,
 * C_j, w_j); the subjective and objective parts of combined weights; every AHP matrix with its weights and
 * its consistency (λmax, CI, RI, CR); the rank intervals and the sensitivity indices. Headers and names in
 * the reader's language; a table with no rows (a method the plan does not use) is left out.
 */
public final class RunTables {
    /** Ids of the tables, as in the download addresses ({@code /evaluation/runs/{id}/tables/{table}.csv}). */
    static final List<String> IDS = List.of("weights", "normalised", "entropy", "critic", "combined", "ahp", "consistency",
            "robustness", "sensitivity");

    /** A cell: text, or a number shown with {@code decimals} places (null = empty). */
    public record Cell(String text, Double number, int decimals) {
        static Cell text(String t) {
            return new Cell(t == null ? "" : t, null, 0);
        }

        static Cell number(double v, int decimals) {
            return new Cell(null, Double.isNaN(v) || Double.isInfinite(v) ? null : v, decimals);
        }

        public boolean numeric() {
            return text == null;
        }
    }

    public record Table(String id, String title, List<String> header, List<List<Cell>> rows) {
    }

    private final MessageSource messages;
    private final Locale locale;
    private final NodeNames names;
    private final RunNotes labels;
    private final Function<String, String> townName;

    RunTables(MessageSource messages, Locale locale, NodeNames names, RunNotes labels, Function<String, String> townName) {
        this.messages = messages;
        this.locale = locale;
        this.names = names;
        this.labels = labels;
        this.townName = townName;
    }

    List<Table> all(RunResult r, RunMethods m, Optional<RunRobustness> rob) {
        List<Table> out = new ArrayList<>();
        out.add(weights(r, m));
        out.add(normalised(r));
        out.add(entropy(m));
        out.add(critic(m));
        out.add(combined(m));
        out.add(ahp(m));
        out.add(consistency(m));
        rob.ifPresent(x -> {
            out.add(robustness(r, x));
            out.add(sensitivity(x));
        });
        return out.stream().filter(t -> !t.rows().isEmpty()).toList();
    }

    private String msg(String key) {
        return messages.getMessage("eval.table." + key, null, key, locale);
    }

    private List<String> header(String... keys) {
        List<String> h = new ArrayList<>();
        for (String k : keys) h.add(k.startsWith("=") ? k.substring(1) : msg(k));
        return h;
    }

    private Table weights(RunResult r, RunMethods m) {
        Map<String, String> methodOf = new java.util.HashMap<>();
        for (RunMethods.Table t : m.tables()) {
            if ("SUBSYSTEM_INDICATORS".equals(t.childKind())) continue;
            for (RunMethods.Row row : t.rows()) methodOf.putIfAbsent(row.child(), t.method());
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (RunResult.NodeWeight w : r.weights()) {
            rows.add(List.of(Cell.text(msg("kind." + w.kind())), Cell.text(w.code()), Cell.text(names.of(w.code(), locale)),
                    Cell.text(w.parent() == null ? "" : names.of(w.parent(), locale)),
                    Cell.text(methodOf.containsKey(w.code()) ? labels.option(methodOf.get(w.code()), locale) : ""),
                    Cell.number(w.weight(), 4), Cell.number(w.effective(), 4)));
        }
        return new Table("weights", msg("weights"), header("level", "code", "name", "parent", "method", "relative", "effective"), rows);
    }

    private Table normalised(RunResult r) {
        List<String> inds = r.weights().stream().filter(w -> w.kind() == RunResult.NodeKind.INDICATOR).map(RunResult.NodeWeight::code).toList();
        Map<String, Map<String, Double>> byUnit = r.scores().stream().collect(Collectors.groupingBy(RunResult.NodeScore::unit,
                Collectors.toMap(RunResult.NodeScore::node, RunResult.NodeScore::score, (a, b) -> a)));
        List<String> header = new ArrayList<>(header("townCode", "town"));
        for (String i : inds) header.add(names.of(i, locale));
        List<List<Cell>> rows = new ArrayList<>();
        for (RunResult.UnitResult u : r.units()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(u.code()), Cell.text(u.name())));
            Map<String, Double> s = byUnit.getOrDefault(u.code(), Map.of());
            for (String i : inds) row.add(Cell.number(s.getOrDefault(i, Double.NaN), 4));
            rows.add(row);
        }
        return new Table("normalised", msg("normalised"), header, rows);
    }

    private Table entropy(RunMethods m) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RunMethods.Table t : tables(m, "ENTROPY", "COMBINED")) {
            for (RunMethods.Row row : t.rows()) {
                double w = "COMBINED".equals(t.method()) ? row.objective() : row.weight();
                rows.add(List.of(Cell.text(names.of(t.node(), locale)), Cell.text(names.of(row.child(), locale)), Cell.number(row.entropy(), 4),
                        Cell.number(row.divergence(), 4), Cell.number(w, 4)));
            }
        }
        return new Table("entropy", msg("entropy"), header("node", "indicator", "=e_j", "=d_j", "=w_j"), rows);
    }

    private Table critic(RunMethods m) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RunMethods.Table t : tables(m, "CRITIC")) {
            for (RunMethods.Row row : t.rows()) {
                rows.add(List.of(Cell.text(names.of(t.node(), locale)), Cell.text(names.of(row.child(), locale)), Cell.number(row.sd(), 4),
                        Cell.number(row.conflict(), 4), Cell.number(row.information(), 4), Cell.number(row.weight(), 4)));
            }
        }
        return new Table("critic", msg("critic"), header("node", "indicator", "=σ_j", "conflict", "=C_j", "=w_j"), rows);
    }

    private Table combined(RunMethods m) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RunMethods.Table t : tables(m, "COMBINED")) {
            for (RunMethods.Row row : t.rows()) {
                rows.add(List.of(Cell.text(names.of(t.node(), locale)), Cell.text(names.of(row.child(), locale)), Cell.number(row.subjective(), 4),
                        Cell.number(row.objective(), 4), Cell.number(row.weight(), 4)));
            }
        }
        return new Table("combined", msg("combined"), header("node", "indicator", "subjective", "objective", "=w_j"), rows);
    }

    private Table ahp(RunMethods m) {
        List<RunMethods.Table> ahp = m.tables().stream().filter(t -> t.ahp() != null).toList();
        int n = ahp.stream().mapToInt(t -> t.rows().size()).max().orElse(0);
        List<String> header = new ArrayList<>(header("node", "child"));
        for (int j = 1; j <= n; j++) header.add("a" + j);
        header.add("w_j");
        List<List<Cell>> rows = new ArrayList<>();
        for (RunMethods.Table t : ahp) {
            for (int i = 0; i < t.rows().size(); i++) {
                RunMethods.Row row = t.rows().get(i);
                List<Cell> cells = new ArrayList<>(List.of(Cell.text(names.of(t.node(), locale)), Cell.text(names.of(row.child(), locale))));
                for (int j = 0; j < n; j++) cells.add(j < t.ahp().matrix()[i].length ? Cell.number(t.ahp().matrix()[i][j], 4) : Cell.text(""));
                cells.add(Cell.number("COMBINED".equals(t.method()) ? row.subjective() : row.weight(), 4));
                rows.add(cells);
            }
        }
        return new Table("ahp", msg("ahp"), header, rows);
    }

    private Table consistency(RunMethods m) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RunMethods.Table t : m.tables()) {
            RunMethods.Ahp a = t.ahp();
            if (a == null) continue;
            rows.add(List.of(Cell.text(names.of(t.node(), locale)), Cell.number(a.matrix().length, 0), Cell.number(a.lambdaMax(), 4),
                    Cell.number(a.ci(), 4), Cell.number(a.ri(), 2), Cell.number(a.cr(), 4),
                    Cell.text(messages.getMessage(a.acceptable() ? "eval.crOk" : "eval.crHigh", null, locale))));
        }
        return new Table("consistency", msg("consistency"), header("node", "=n", "=λmax", "=CI", "=RI", "=CR", "verdict"), rows);
    }

    private Table robustness(RunResult r, RunRobustness rob) {
        java.util.Set<String> unclear = RankIntervals.notClearlyAhead(rob);
        List<List<Cell>> rows = new ArrayList<>();
        for (RunResult.UnitResult u : r.units().stream().sorted(Comparator.comparingDouble(RunResult.UnitResult::rank)).toList()) {
            Optional<RunRobustness.Interval> i = rob.interval(u.code());
            if (i.isEmpty()) continue;
            RunRobustness.Interval x = i.get();
            rows.add(List.of(Cell.text(u.code()), Cell.text(townName.apply(u.code())), Cell.number(u.rank(), 0), Cell.number(x.q5(), 1),
                    Cell.number(x.median(), 1), Cell.number(x.q95(), 1), Cell.number(x.mean(), 2),
                    Cell.text(unclear.contains(u.code()) ? messages.getMessage("eval.notClearlyAhead", null, locale) : "")));
        }
        return new Table("robustness", msg("robustness"), header("townCode", "town", "rank", "q5", "median", "q95", "mean", "clearly"), rows);
    }

    private Table sensitivity(RunRobustness rob) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RunRobustness.Sensitivity s : rob.sensitivity()) {
            String alts = s.alternatives().stream().map(a -> labels.option(a, locale)).collect(Collectors.joining(" / "));
            rows.add(List.of(Cell.text(labels.assumption(s.assumption(), locale)), Cell.text(alts), Cell.number(s.firstOrder(), 3),
                    Cell.number(s.total(), 3)));
        }
        return new Table("sensitivity", msg("sensitivity"), header("assumption", "alternatives", "firstOrder", "totalOrder"), rows);
    }

    private static List<RunMethods.Table> tables(RunMethods m, String... methods) {
        List<String> want = List.of(methods);
        return m.tables().stream().filter(t -> want.contains(t.method())).toList();
    }
}
