package org.tongchou.engine.cli.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tongchou.engine.cli.MissingOption;
import org.tongchou.engine.cli.OutputTable;
import org.tongchou.engine.cli.TableCommand;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.disparity.Disparity;
import org.tongchou.engine.disparity.GiniCorrection;
import org.tongchou.engine.disparity.TheilDecomposition;
import org.tongchou.engine.disparity.TheilIndex;
import org.tongchou.engine.disparity.Variance;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code disparity}: CV, Gini, Theil T and L of each column, with decomposition by a group and population weights. */
@Command(name = "disparity", mixinStandardHelpOptions = true,
        description = "Disparity across units of each numeric column. Output (long): indicator, measure, group, value. "
                + "With --group, Theil rows also give between, within and each group's own index and within-term.")
public final class DisparityCommand extends TableCommand {
    @Mixin
    final MissingOption missing = new MissingOption();

    @Option(names = "--columns", split = ",", paramLabel = "COLUMN", description = "Columns to measure (default: every numeric column).")
    List<String> columns;

    @Option(names = "--group", paramLabel = "COLUMN", description = "Grouping column for the Theil between/within decomposition.")
    String group;

    @Option(names = "--weights-column", paramLabel = "COLUMN",
            description = "Population (weight) column: population-weighted CV, Gini and Theil (income shares vs population shares).")
    String weightsColumn;

    @Option(names = "--measures", split = ",", defaultValue = "CV,GINI,THEIL_T,THEIL_L", paramLabel = "M",
            description = "Measures: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    List<Measure> measures;

    @Option(names = "--variance", defaultValue = "POPULATION", paramLabel = "V",
            description = "Standard deviation of the CV: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Variance variance;

    @Option(names = "--gini-correction", defaultValue = "NONE", paramLabel = "C",
            description = "Gini small-sample correction n/(n-1): ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    GiniCorrection giniCorrection;

    enum Measure { CV, GINI, THEIL_T, THEIL_L }

    @Override
    protected void checkOptions() {
        requireOption(!measures.isEmpty(), "--measures", measures, "names no measure");
        requireUsage(weightsColumn == null || variance == Variance.POPULATION,
                "--variance SAMPLE is not defined for population-weighted data (--weights-column); use POPULATION");
        requireUsage(weightsColumn == null || giniCorrection == GiniCorrection.NONE,
                "--gini-correction SMALL_SAMPLE is defined for unweighted data only (no --weights-column)");
        requireUsage(columns == null || weightsColumn == null || !columns.contains(weightsColumn),
                "--columns names the --weights-column '" + weightsColumn + "'");
    }

    @Override
    protected Set<String> alsoGroups() {
        return group == null ? Set.of() : Set.of(group);
    }

    @Override
    protected OutputTable compute(Dataset data) {
        double[] weights = null;
        List<CsvProblem> problems = new ArrayList<>();
        if (weightsColumn != null) {
            if (!data.hasIndicator(weightsColumn)) {
                problems.add(new CsvProblem(in.source(), 1, weightsColumn, "weights column not found among numeric columns"));
            } else {
                weights = data.column(weightsColumn);
            }
        }
        List<String> cols = new ArrayList<>();
        if (columns == null) {
            for (String c : data.indicators()) if (!c.equals(weightsColumn)) cols.add(c);
        } else {
            for (String c : columns) {
                if (!data.hasIndicator(c)) problems.add(new CsvProblem(in.source(), 1, c, "column not found among numeric columns"));
                cols.add(c);
            }
        }
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        Grouping g = group == null ? null : data.grouping(group).orElseThrow();
        Disparity d = new Disparity(missing.policy());
        List<List<String>> rows = new ArrayList<>();
        for (String c : cols) {
            double[] x = data.column(c);
            for (Measure m : new java.util.LinkedHashSet<>(measures)) {
                switch (m) {
                    case CV -> rows.add(row(c, "cv", "", d.coefficientOfVariation(c, data.units(), x, weights, variance)));
                    case GINI -> rows.add(row(c, "gini", "", d.gini(c, data.units(), x, weights, giniCorrection)));
                    case THEIL_T, THEIL_L -> {
                        TheilIndex t = m == Measure.THEIL_T ? TheilIndex.T : TheilIndex.L;
                        String name = m == Measure.THEIL_T ? "theil_t" : "theil_l";
                        if (g == null) {
                            rows.add(row(c, name, "", d.theil(c, data.units(), x, weights, t)));
                        } else {
                            TheilDecomposition td = d.theilDecomposition(c, data.units(), x, weights, g, t);
                            rows.add(row(c, name, "", td.total()));
                            rows.add(row(c, name + "_between", "", td.between()));
                            rows.add(row(c, name + "_within", "", td.within()));
                            for (int k = 0; k < td.groups().size(); k++) {
                                rows.add(row(c, name + "_group", td.groups().get(k), td.groupIndex()[k]));
                                rows.add(row(c, name + "_within_term", td.groups().get(k), td.withinByGroup()[k]));
                            }
                        }
                    }
                }
            }
        }
        return new OutputTable(List.of("indicator", "measure", "group", "value"), rows);
    }

    private static List<String> row(String c, String measure, String group, double v) {
        return List.of(c, measure, group, OutputTable.num(v));
    }

}
