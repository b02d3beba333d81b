package org.tongchou.engine.cli.robustness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongchou.engine.cli.EngineCommand;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvProblem;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.robustness.Bootstrap;
import org.tongchou.engine.robustness.RankMatrix;
import org.tongchou.engine.robustness.SaltelliDesign;
import org.tongchou.engine.robustness.SensitivityIndices;
import org.tongchou.engine.robustness.SensitivityResult;
import org.tongchou.engine.robustness.SensitivityTarget;
import org.tongchou.engine.robustness.VarianceEstimator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sensitivity}: first-order and total sensitivity indices from outputs on a Saltelli design. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Variance-based sensitivity indices (first order: Saltelli et al. 2010; total: Jansen 1999), "
                + "as COINr's SA_estimate, from the outputs of N(d+2) replications in design order "
                + "(A: N rows, B: N rows, then A_B for input 1 … d, N rows each).",
                "Outputs come either from --ranks (a rank matrix: the target is the mean absolute rank change "
                        + "against the nominal ranks, COINr's) or from --outputs/--column (one value per row).",
                "N and the input names come from --design (the sample, one column per input, checked to be a "
                        + "Saltelli design) or from --n and --inputs.",
                "Output: Variable,Si,STi,Si_q5,Si_q95,STi_q5,STi_q95 (bounds empty without --bootstrap)."})
public final class SensitivityCommand extends EngineCommand {
    static final class Source {
        @Option(names = "--ranks", paramLabel = "FILE", description = "Rank matrix CSV (unit, nominal rank, one column per replication).")
        Path ranks;

        @Option(names = "--outputs", paramLabel = "FILE", description = "CSV with one row per replication.")
        Path outputs;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--column", defaultValue = "y", description = "Output column of --outputs (default: ${DEFAULT-VALUE}).")
    String column;

    @Option(names = "--unit-column", defaultValue = "uCode", description = "Unit column of --ranks (default: ${DEFAULT-VALUE}).")
    String unitColumn;

    @Option(names = "--nominal-column", defaultValue = "Nominal", description = "Nominal-rank column of --ranks (default: ${DEFAULT-VALUE}).")
    String nominalColumn;

    @Option(names = "--design", paramLabel = "FILE", description = "The sample design CSV: header = input names, N(d+2) rows.")
    Path design;

    @Option(names = "--n", paramLabel = "N", description = "Sample points per matrix (without --design).")
    Integer n;

    @Option(names = "--inputs", split = ",", paramLabel = "NAME", description = "Input names in design column order (without --design).")
    List<String> inputs;

    @Option(names = "--variance", defaultValue = "SAMPLE",
            description = "Variance normalising the indices: ${COMPLETION-CANDIDATES} (SAMPLE = R var, COINr; "
                    + "POPULATION = numpy var, SALib) (default: ${DEFAULT-VALUE}).")
    VarianceEstimator variance;

    @Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap resamples for 5%%/95%% bounds (COINr's Nboot); none by default.")
    Integer bootstrap;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output CSV (default: standard output).")
    Path out;

    @Override
    protected void checkOptions() {
        if (design != null) {
            requireUsage(n == null && inputs == null, "give either --design or --n with --inputs, not both");
        } else {
            requireUsage(n != null && inputs != null, "give --design, or both --n and --inputs");
            requireAtLeast("--n", n, 2);
            requireOption(!inputs.isEmpty() && inputs.stream().noneMatch(String::isBlank), "--inputs", inputs, "needs at least one input name");
            requireOption(new java.util.HashSet<>(inputs).size() == inputs.size(), "--inputs", inputs, "names an input twice");
        }
        if (bootstrap != null) requireAtLeast("--bootstrap", bootstrap, 1);
    }

    @Override
    protected void run() {
        int points;
        List<String> names;
        if (design != null) {
            CsvTable t = CsvTable.read(design);
            double[][] rows = numbers(t);
            SaltelliDesign d = SaltelliDesign.of(rows, design.toString());
            points = d.n();
            names = t.header();
        } else {
            points = n;
            names = inputs;
        }
        double[] y = source.ranks != null
                ? RankMatrix.read(source.ranks, unitColumn, nominalColumn).outputs(SensitivityTarget.MEAN_ABSOLUTE_RANK_CHANGE)
                : outputColumn(CsvTable.read(source.outputs));
        SensitivityResult r = SensitivityIndices.estimate(y, points, names, variance,
                Optional.ofNullable(bootstrap).map(b -> Bootstrap.percentile90(b, seed)));
        writeCsv(out, Tables.SENSITIVITY, Tables.sensitivity(r));
    }

    private double[] outputColumn(CsvTable t) {
        int c = t.requireColumn(column);
        List<CsvProblem> problems = new ArrayList<>();
        double[] y = new double[t.rows().size()];
        for (int k = 0; k < y.length; k++) {
            String cell = t.rows().get(k).get(c).trim();
            y[k] = DatasetCsv.parseNumber(cell);
            if (!Double.isFinite(y[k])) problems.add(new CsvProblem(t.source(), t.line(k), column, "'" + cell + "' is not a number"));
        }
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        return y;
    }

    private static double[][] numbers(CsvTable t) {
        List<CsvProblem> problems = new ArrayList<>();
        double[][] rows = new double[t.rows().size()][t.header().size()];
        for (int k = 0; k < rows.length; k++) {
            for (int c = 0; c < rows[k].length; c++) {
                String cell = t.rows().get(k).get(c).trim();
                rows[k][c] = DatasetCsv.parseNumber(cell);
                if (!Double.isFinite(rows[k][c])) {
                    problems.add(new CsvProblem(t.source(), t.line(k), t.header().get(c), "'" + cell + "' is not a number"));
                }
            }
        }
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        return rows;
    }
}
