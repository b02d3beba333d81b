package org.tongchou.engine.cli.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.tongchou.engine.cli.MissingOption;
import org.tongchou.engine.cli.OutputTable;
import org.tongchou.engine.cli.TableCommand;
import org.tongchou.engine.coupling.CoordinationClass;
import org.tongchou.engine.coupling.CoordinationClasses;
import org.tongchou.engine.coupling.CouplingCoordination;
import org.tongchou.engine.coupling.CouplingResult;
import org.tongchou.engine.coupling.DevelopmentType;
import org.tongchou.engine.coupling.IntervalClosure;
import org.tongchou.engine.coupling.RelativeDevelopment;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.EngineInputException;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvProblem;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coupling}: coupling degree C, development T, coordination D, class and relative development type. */
@Command(name = "coupling", mixinStandardHelpOptions = true,
        description = "Coupling coordination degree of n subsystems (C = n(prod U)^(1/n)/sum U, T = sum w U, D = sqrt(C T)). "
                + "Output: id, C, T, D, class_zh, class_en[, development, development_zh].")
public final class CouplingCommand extends TableCommand {
    @Mixin
    final MissingOption missing = new MissingOption();

    @Option(names = "--subsystems", required = true, split = ",", paramLabel = "COLUMN",
            description = "Subsystem score columns (scores in [0, 1]); for the development type the first is urban, the second rural.")
    List<String> subsystems;

    @Option(names = "--weights", split = ",", paramLabel = "W", description = "Subsystem weights in T, summing to 1 (default: equal).")
    List<Double> weights;

    @Option(names = "--closure", defaultValue = "LOWER_CLOSED", paramLabel = "END",
            description = "Closed end of each class interval: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    IntervalClosure closure;

    @Option(names = "--classes", paramLabel = "FILE",
            description = "Class table CSV: lower,upper,label_zh,label_en, ascending and contiguous (default: the 10-level scheme).")
    Path classes;

    @Option(names = "--development", defaultValue = "NONE", paramLabel = "RULE",
            description = "Relative development type of two subsystems: NONE, RATIO (U2/U1 vs 1 ± tolerance) or DIFFERENCE (U2 - U1 vs ± tolerance) (default: ${DEFAULT-VALUE}).")
    DevelopmentRule development;

    @Option(names = "--tolerance", defaultValue = "0.1", paramLabel = "X", description = "Tolerance of the synchronous band (default: ${DEFAULT-VALUE}).")
    double tolerance;

    enum DevelopmentRule { NONE, RATIO, DIFFERENCE }

    @Override
    protected void checkOptions() {
        int k = subsystems.size();
        requireOption(k >= 2, "--subsystems", subsystems, "needs at least 2 subsystem columns");
        requireOption(new HashSet<>(subsystems).size() == k, "--subsystems", subsystems, "names a column twice");
        if (weights != null) {
            requireOption(weights.size() == k, "--weights", weights, weights.size() + " weights for " + k + " subsystems");
            double sum = 0;
            for (double w : weights) {
                requireOption(Double.isFinite(w) && w >= 0, "--weights", weights, "every weight must be a finite number >= 0");
                sum += w;
            }
            requireOption(Math.abs(sum - 1) <= CouplingCoordination.WEIGHT_SUM_TOLERANCE, "--weights", weights,
                    "weights sum to " + sum + ", not 1");
        }
        requireOption(Double.isFinite(tolerance) && tolerance >= 0, "--tolerance", tolerance, "must be a finite number >= 0");
        requireUsage(development == DevelopmentRule.NONE || k == 2,
                "--development needs exactly 2 subsystems (urban, rural), got " + k);
    }

    @Override
    protected OutputTable compute(Dataset data) {
        int k = subsystems.size();
        double[] w = new double[k];
        if (weights == null) java.util.Arrays.fill(w, 1.0 / k);
        else for (int s = 0; s < k; s++) w[s] = weights.get(s);
        double[][] u = new double[k][];
        List<CsvProblem> problems = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            if (!data.hasIndicator(subsystems.get(s))) {
                problems.add(new CsvProblem(in.source(), 1, subsystems.get(s), "subsystem column not found among numeric columns " + data.indicators()));
            } else {
                u[s] = data.column(subsystems.get(s));
            }
        }
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        CoordinationClasses table = classes == null ? CoordinationClasses.chineseTenLevel(closure) : readClasses(classes, closure);
        CouplingResult r = new CouplingCoordination(missing.policy()).compute(data.units(), subsystems, u, w);
        RelativeDevelopment rd = development == DevelopmentRule.NONE ? null
                : new RelativeDevelopment(RelativeDevelopment.Comparison.valueOf(development.name()), tolerance);
        List<String> header = new ArrayList<>(List.of(in.idColumn(), "C", "T", "D", "class_zh", "class_en"));
        if (rd != null) header.addAll(List.of("development", "development_zh"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < data.unitCount(); i++) {
            int c = table.classify(r.coordination()[i]);
            CoordinationClass cc = c < 0 ? null : table.classes().get(c);
            List<String> row = new ArrayList<>(List.of(data.units().get(i), OutputTable.num(r.coupling()[i]),
                    OutputTable.num(r.development()[i]), OutputTable.num(r.coordination()[i]),
                    cc == null ? "" : cc.labelZh(), cc == null ? "" : cc.labelEn()));
            if (rd != null) {
                DevelopmentType t = rd.classify(u[0][i], u[1][i]);
                row.add(t == null ? "" : t.labelEn());
                row.add(t == null ? "" : t.labelZh());
            }
            rows.add(row);
        }
        return new OutputTable(header, rows);
    }

    /** A class table file; bad numbers and a table that is not ascending and contiguous are reported with the file. */
    static CoordinationClasses readClasses(Path file, IntervalClosure closure) {
        CsvTable t = CsvTable.read(file);
        int lo = t.requireColumn("lower");
        int hi = t.requireColumn("upper");
        int zh = t.requireColumn("label_zh");
        int en = t.requireColumn("label_en");
        List<CsvProblem> problems = new ArrayList<>();
        List<CoordinationClass> list = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            double a = DatasetCsv.parseNumber(row.get(lo).trim());
            double b = DatasetCsv.parseNumber(row.get(hi).trim());
            if (!Double.isFinite(a)) problems.add(new CsvProblem(t.source(), t.line(r), "lower", "'" + row.get(lo) + "' is not a number"));
            if (!Double.isFinite(b)) problems.add(new CsvProblem(t.source(), t.line(r), "upper", "'" + row.get(hi) + "' is not a number"));
            list.add(new CoordinationClass(a, b, row.get(zh).trim(), row.get(en).trim()));
        }
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        try {
            return new CoordinationClasses(list, closure);
        } catch (EngineInputException e) {
            throw new CsvFormatException(List.of(new CsvProblem(t.source(), 1, null, e.getMessage())));
        }
    }
}
