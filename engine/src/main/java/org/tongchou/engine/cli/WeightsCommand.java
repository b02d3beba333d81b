package org.tongchou.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvProblem;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.normalise.Normalisation;
import org.tongchou.engine.normalise.SdType;
import org.tongchou.engine.weights.Ahp;
import org.tongchou.engine.weights.AhpMethod;
import org.tongchou.engine.weights.AhpResult;
import org.tongchou.engine.weights.CombinedWeights;
import org.tongchou.engine.weights.CriticWeights;
import org.tongchou.engine.weights.EntropyWeights;
import org.tongchou.engine.weights.PcaWeights;
import org.tongchou.engine.weights.RandomIndex;
import org.tongchou.engine.weights.Weights;
import org.tongchou.engine.weights.ZeroHandling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Weights. Output: CSV {@code indicator,weight}. Input depends on the method: a data table for
 * entropy/critic/pca/equal, a square comparison matrix for ahp (first column and header name the items),
 * an {@code indicator,weight} table for expert, two such tables for combined.
 */
@Command(name = "weights", mixinStandardHelpOptions = true, description = "Compute indicator weights.")
final class WeightsCommand extends EngineCommand {
    @Mixin
    final OutputOption out = new OutputOption();

    @Option(names = "--method", required = true, description = "equal, expert, ahp, entropy, critic, pca, combined")
    String method;
    @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT.csv", description = "Data table, AHP matrix or indicator,weight table.")
    Path input;
    @Option(names = "--id-column", description = "Data table: column naming units (default: the first).")
    String idColumn;
    @Option(names = "--ignore", split = ",", description = "Data table: text columns to leave out.")
    List<String> ignore = new ArrayList<>();
    // AHP
    @Option(names = "--ahp-method", description = "AHP priorities: ${COMPLETION-CANDIDATES} (default EIGENVECTOR).")
    AhpMethod ahpMethod = AhpMethod.EIGENVECTOR;
    @Option(names = "--random-index", description = "AHP RI table: ${COMPLETION-CANDIDATES} (default SAATY_1980).")
    RandomIndex randomIndex = RandomIndex.SAATY_1980;
    // entropy
    @Option(names = "--shares", description = "Entropy shares of RAW values or of MINMAX [0,1]-normalised values (directions applied; default RAW).")
    Shares shares = Shares.RAW;
    @Option(names = "--zeros", description = "Entropy zeros: ${COMPLETION-CANDIDATES} (default ZERO_LOG_ZERO).")
    ZeroHandling zeros = ZeroHandling.ZERO_LOG_ZERO;
    @Option(names = "--shift", description = "Entropy shift with --zeros SHIFT (default 0.0001).")
    Double shift;
    // CRITIC / PCA
    @Option(names = "--sd", description = "CRITIC SD divisor: ${COMPLETION-CANDIDATES} (default POPULATION).")
    SdType sd = SdType.POPULATION;
    @Option(names = "--directions", paramLabel = "DIRS.csv", description = "CRITIC / entropy MINMAX: indicator,direction file.")
    Path directions;
    @Option(names = "--matrix", description = "PCA matrix: ${COMPLETION-CANDIDATES} (default CORRELATION).")
    PcaWeights.Matrix matrix = PcaWeights.Matrix.CORRELATION;
    // combined
    @Option(names = "--subjective", paramLabel = "W.csv", description = "combined: subjective indicator,weight table.")
    Path subjective;
    @Option(names = "--objective", paramLabel = "W.csv", description = "combined: objective indicator,weight table.")
    Path objective;
    @Option(names = "--combine", description = "combined: MULTIPLICATIVE or LINEAR (default MULTIPLICATIVE).")
    Combine combine = Combine.MULTIPLICATIVE;
    @Option(names = "--alpha", description = "combined LINEAR: weight of the subjective part, in [0,1].")
    Double alpha;

    enum Shares { RAW, MINMAX }

    enum Combine { MULTIPLICATIVE, LINEAR }

    static final List<String> METHODS = List.of("equal", "expert", "ahp", "entropy", "critic", "pca", "combined");

    @Override
    protected void checkOptions() {
        String m = method.toLowerCase(java.util.Locale.ROOT);
        requireOption(METHODS.contains(m), "--method", method, "not one of " + METHODS);
        method = m;
        requireUsage(m.equals("combined") || input != null, "--method " + m + " needs an input file");
        requireUsage(!m.equals("combined") || input == null, "--method combined reads --subjective and --objective, not an input file");
        requireUsage(m.equals("combined") || (subjective == null && objective == null),
                "--subjective and --objective apply to --method combined");
        requireUsage(!m.equals("combined") || (subjective != null && objective != null),
                "--method combined needs --subjective and --objective");
        if (alpha != null) {
            requireUsage(m.equals("combined") && combine == Combine.LINEAR, "--alpha applies to --method combined --combine LINEAR");
            requireBetween("--alpha", alpha, 0, 1);
        }
        requireUsage(!m.equals("combined") || combine != Combine.LINEAR || alpha != null, "--combine LINEAR needs --alpha");
        if (shift != null) {
            requireUsage(m.equals("entropy") && zeros == ZeroHandling.SHIFT, "--shift applies to --method entropy --zeros SHIFT");
            requireOption(Double.isFinite(shift) && shift > 0, "--shift", shift, "must be a positive finite number");
        }
        requireUsage(directions == null || m.equals("critic") || (m.equals("entropy") && shares == Shares.MINMAX),
                "--directions applies to --method critic and to --method entropy --shares MINMAX");
    }

    @Override
    protected void run() {
        List<String> names;
        double[] w;
        switch (method) {
            case "ahp" -> {
                CsvTable t = CsvTable.read(input);
                names = t.header().subList(1, t.header().size());
                double[][] a = matrix(t, names);
                AhpResult r = Ahp.priorities(names, a, ahpMethod, randomIndex);
                w = r.priorities();
                err().printf("lambda_max=%.6f CI=%.6f CR=%.6f (RI %s)%s%n", r.lambdaMax(), r.ci(), r.cr(),
                        randomIndex, r.acceptable() ? "" : " WARNING: CR > 0.10, judgements inconsistent");
            }
            case "expert" -> {
                WeightTable t = WeightTable.read(input);
                names = t.names;
                w = Weights.expert(names, t.weights);
            }
            case "combined" -> {
                WeightTable s = WeightTable.read(subjective);
                WeightTable o = WeightTable.read(objective).alignTo(s.names, objective);
                names = s.names;
                if (combine == Combine.LINEAR) {
                    w = CombinedWeights.linear(names, s.weights, o.weights, alpha);
                } else {
                    w = CombinedWeights.multiplicative(names, s.weights, o.weights);
                }
            }
            default -> {
                CsvTable t = CsvTable.read(input);
                Dataset d = DatasetCsv.read(t, idColumn != null ? idColumn : t.header().get(0), new LinkedHashSet<>(), Set.copyOf(ignore));
                names = d.indicators();
                w = switch (method) {
                    case "equal" -> Weights.equal(d.indicatorCount());
                    case "entropy" -> {
                        Dataset shares = this.shares == Shares.MINMAX
                                ? Normalisation.apply(d, signs(d), new MinMax(0, 1, ConstantColumn.FAIL), MissingPolicy.FAIL) : d;
                        yield EntropyWeights.compute(shares, zeros, shift == null ? EntropyWeights.DEFAULT_SHIFT : shift);
                    }
                    case "critic" -> CriticWeights.compute(d, directions == null ? null : signs(d), sd);
                    default -> PcaWeights.compute(d, matrix);
                };
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < w.length; j++) rows.add(List.of(names.get(j), DatasetCsv.format(w[j])));
        writeCsv(out.file(), List.of("indicator", "weight"), rows);
    }

    private double[] signs(Dataset d) {
        if (directions == null) {
            double[] s = new double[d.indicatorCount()];
            java.util.Arrays.fill(s, 1);
            return s;
        }
        DirectionOptions o = new DirectionOptions();
        o.source = new DirectionOptions.Source();
        o.source.directions = directions;
        return o.signs(d);
    }

    private static double[][] matrix(CsvTable t, List<String> names) {
        int n = names.size();
        List<CsvProblem> problems = new ArrayList<>();
        if (t.rows().size() != n) {
            problems.add(new CsvProblem(t.source(), 1, null, "comparison matrix has " + n + " columns but " + t.rows().size() + " rows"));
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < Math.min(n, t.rows().size()); i++) {
            List<String> r = t.rows().get(i);
            if (!r.get(0).trim().equals(names.get(i))) {
                problems.add(new CsvProblem(t.source(), t.line(i), t.header().get(0), "row " + (i + 1) + " is '" + r.get(0)
                        + "', expected '" + names.get(i) + "' (rows in header order)"));
            }
            for (int j = 0; j < n; j++) {
                double v = parseRatio(r.get(j + 1).trim());
                if (!Double.isFinite(v)) {
                    problems.add(new CsvProblem(t.source(), t.line(i), names.get(j), "'" + r.get(j + 1) + "' is not a number or ratio like 1/3"));
                }
                a[i][j] = v;
            }
        }
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        return a;
    }

    /** Parses {@code 3}, {@code 0.333} or {@code 1/3}. */
    static double parseRatio(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) return DatasetCsv.parseNumber(s);
        return DatasetCsv.parseNumber(s.substring(0, slash).trim()) / DatasetCsv.parseNumber(s.substring(slash + 1).trim());
    }

    /** An {@code indicator,weight} table. */
    static final class WeightTable {
        final List<String> names;
        final double[] weights;

        WeightTable(List<String> names, double[] weights) {
            this.names = names;
            this.weights = weights;
        }

        static WeightTable read(Path p) {
            CsvTable t = CsvTable.read(p);
            int ci = t.requireColumn("indicator"), cw = t.requireColumn("weight");
            List<String> names = new ArrayList<>();
            double[] w = new double[t.rows().size()];
            List<CsvProblem> problems = new ArrayList<>();
            for (int r = 0; r < w.length; r++) {
                names.add(t.rows().get(r).get(ci).trim());
                w[r] = DatasetCsv.parseNumber(t.rows().get(r).get(cw).trim());
                if (!Double.isFinite(w[r])) {
                    problems.add(new CsvProblem(t.source(), t.line(r), "weight", "'" + t.rows().get(r).get(cw) + "' is not a number"));
                }
            }
            if (!problems.isEmpty()) throw new CsvFormatException(problems);
            return new WeightTable(names, w);
        }

        WeightTable alignTo(List<String> order, Path source) {
            Map<String, Double> m = new HashMap<>();
            for (int j = 0; j < names.size(); j++) m.put(names.get(j), weights[j]);
            double[] w = new double[order.size()];
            List<String> missing = new ArrayList<>();
            for (int j = 0; j < w.length; j++) {
                Double v = m.get(order.get(j));
                if (v == null) missing.add(order.get(j)); else w[j] = v;
            }
            if (!missing.isEmpty()) {
                throw new CsvFormatException(List.of(new CsvProblem(source.toString(), 1, "indicator", "no weight for " + missing)));
            }
            return new WeightTable(order, w);
        }
    }
}
