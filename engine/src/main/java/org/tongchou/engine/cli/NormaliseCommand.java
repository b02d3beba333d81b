package org.tongchou.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvProblem;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.NormalisationMethod;
import org.tongchou.engine.normalise.Normalisation;
import org.tongchou.engine.normalise.NormaliserSettings;
import org.tongchou.engine.normalise.PercentileRank;
import org.tongchou.engine.normalise.SdType;
import org.tongchou.engine.normalise.TieMethod;
import org.tongchou.engine.normalise.VectorNorm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "normalise", mixinStandardHelpOptions = true,
        description = "Normalise every indicator column (direction applied first, so higher is better).")
final class NormaliseCommand extends TableCommand {
    @Mixin
    final DirectionOptions dirs = new DirectionOptions();
    @Mixin
    final MissingOption missing = new MissingOption();

    @Option(names = "--method", required = true, paramLabel = "METHOD",
            description = "minmax, shifted-minmax, zscore, goalposts, distance-to-target, rank, percentile-rank, vector")
    String method;
    @Option(names = "--range", split = ",", paramLabel = "L,U", description = "minmax range (default 0,100).")
    double[] range;
    @Option(names = "--shift", description = "shifted-minmax shift (default 0.0001).")
    Double shift;
    @Option(names = "--mean-sd", split = ",", paramLabel = "M,S", description = "zscore target mean and SD (default 0,1).")
    double[] meanSd;
    @Option(names = "--sd", description = "SD divisor: ${COMPLETION-CANDIDATES} (default SAMPLE).")
    SdType sd = SdType.SAMPLE;
    @Option(names = "--constant", description = "Constant columns: ${COMPLETION-CANDIDATES} (default FAIL).")
    ConstantColumn constant = ConstantColumn.FAIL;
    @Option(names = "--ties", description = "Rank ties: ${COMPLETION-CANDIDATES} (default AVERAGE).")
    TieMethod ties = TieMethod.AVERAGE;
    @Option(names = "--percentile", description = "Percentile convention: ${COMPLETION-CANDIDATES} (default ZERO_TO_ONE).")
    PercentileRank.Convention percentile = PercentileRank.Convention.ZERO_TO_ONE;
    @Option(names = "--negative", description = "Vector normalisation of less-is-better columns: ${COMPLETION-CANDIDATES} (default FAIL).")
    VectorNorm.Negative negative = VectorNorm.Negative.FAIL;
    @Option(names = "--goalposts", paramLabel = "GP.csv", description = "CSV indicator,lower,upper for goalposts.")
    Path goalposts;
    @Option(names = "--scale", description = "Scale of goalposts / distance-to-target (default 1).")
    Double scale;
    @Option(names = "--no-cap", description = "distance-to-target: do not cap at the target.")
    boolean noCap;

    private NormalisationMethod parsedMethod;

    @Override
    protected void checkOptions() {
        try {
            parsedMethod = NormalisationMethod.parse(method);
        } catch (InvalidInputException e) {
            throw badOption("--method", method, "not one of " + NormalisationMethod.keys());
        }
        NormalisationMethod m = parsedMethod;
        onlyFor("--range", range != null, m, NormalisationMethod.MINMAX);
        onlyFor("--shift", shift != null, m, NormalisationMethod.SHIFTED_MINMAX);
        onlyFor("--mean-sd", meanSd != null, m, NormalisationMethod.ZSCORE);
        onlyFor("--goalposts", goalposts != null, m, NormalisationMethod.GOALPOSTS);
        onlyFor("--scale", scale != null, m, NormalisationMethod.GOALPOSTS, NormalisationMethod.DISTANCE_TO_TARGET);
        onlyFor("--no-cap", noCap, m, NormalisationMethod.DISTANCE_TO_TARGET);
        if (range != null) {
            requireOption(range.length == 2, "--range", range, "needs two numbers L,U");
            requireOption(Double.isFinite(range[0]) && Double.isFinite(range[1]) && range[1] > range[0], "--range", range,
                    "needs finite L < U");
        }
        if (shift != null) requireFinite("--shift", shift);
        if (meanSd != null) {
            requireOption(meanSd.length == 2, "--mean-sd", meanSd, "needs two numbers M,S");
            requireOption(Double.isFinite(meanSd[0]) && Double.isFinite(meanSd[1]) && meanSd[1] > 0, "--mean-sd", meanSd,
                    "needs a finite mean M and a positive finite SD S");
        }
        if (scale != null) requireOption(Double.isFinite(scale) && scale > 0, "--scale", scale, "must be a positive finite number");
        requireUsage(m != NormalisationMethod.GOALPOSTS || goalposts != null, "--method goalposts needs --goalposts GP.csv");
        requireUsage(m != NormalisationMethod.DISTANCE_TO_TARGET || dirs.fromFramework(),
                "--method distance-to-target needs --framework META.csv (its Target column gives the targets)");
    }

    private void onlyFor(String option, boolean given, NormalisationMethod m, NormalisationMethod... methods) {
        if (!given) return;
        for (NormalisationMethod x : methods) if (x == m) return;
        throw badUsage(option + " applies to --method " + String.join(" or ", java.util.Arrays.stream(methods)
                .map(NormalisationMethod::key).toList()) + ", not " + m.key());
    }

    @Override
    protected OutputTable compute(Dataset d) {
        NormalisationMethod m = parsedMethod;
        double[] lo = null, hi = null, targets = null;
        if (m == NormalisationMethod.GOALPOSTS) {
            double[][] posts = readGoalposts(d);
            lo = posts[0];
            hi = posts[1];
        }
        if (m == NormalisationMethod.DISTANCE_TO_TARGET) targets = dirs.targets(d);
        NormaliserSettings defaults = NormaliserSettings.defaults(m);
        NormaliserSettings s = new NormaliserSettings(m, range == null ? defaults.lower() : range[0],
                range == null ? defaults.upper() : range[1], shift == null ? defaults.shift() : shift,
                meanSd == null ? defaults.mean() : meanSd[0], meanSd == null ? defaults.sd() : meanSd[1], sd,
                constant, ties, percentile, negative, scale == null ? defaults.scale() : scale, !noCap, lo, hi, targets);
        Dataset result = Normalisation.apply(d, dirs.signs(d), s.build(), missing.policy());
        return OutputTable.of(result, in.idColumn());
    }

    /** Lower and upper goalposts aligned with the data's indicators; every problem of the file at once. */
    private double[][] readGoalposts(Dataset d) {
        CsvTable t = CsvTable.read(goalposts);
        int ci = t.requireColumn("indicator"), cl = t.requireColumn("lower"), cu = t.requireColumn("upper");
        double[] lo = new double[d.indicatorCount()];
        double[] hi = new double[d.indicatorCount()];
        java.util.Arrays.fill(lo, Double.NaN);
        java.util.Arrays.fill(hi, Double.NaN);
        boolean[] listed = new boolean[d.indicatorCount()];
        List<CsvProblem> problems = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            String code = row.get(ci).trim();
            double l = DatasetCsv.parseNumber(row.get(cl).trim());
            double u = DatasetCsv.parseNumber(row.get(cu).trim());
            if (!Double.isFinite(l)) problems.add(new CsvProblem(t.source(), t.line(r), "lower", "'" + row.get(cl) + "' is not a number"));
            if (!Double.isFinite(u)) problems.add(new CsvProblem(t.source(), t.line(r), "upper", "'" + row.get(cu) + "' is not a number"));
            if (!d.hasIndicator(code)) continue;
            int j = d.indicatorIndexOf(code);
            listed[j] = true;
            lo[j] = l;
            hi[j] = u;
        }
        for (int j = 0; j < lo.length; j++) {
            if (!listed[j]) {
                problems.add(new CsvProblem(t.source(), 1, "indicator", "no goalposts for indicator '" + d.indicators().get(j) + "'"));
            }
        }
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        return new double[][] {lo, hi};
    }
}
