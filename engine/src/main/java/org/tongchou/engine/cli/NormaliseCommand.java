package org.tongchou.engine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;
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
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "normalise", mixinStandardHelpOptions = true,
        description = "Normalise every indicator column (direction applied first, so higher is better).")
final class NormaliseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    final InputOptions in = new InputOptions();
    @Mixin
    final DirectionOptions dirs = new DirectionOptions();
    @Mixin
    final OutputOption out = new OutputOption();

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
    double scale = 1;
    @Option(names = "--no-cap", description = "distance-to-target: do not cap at the target.")
    boolean noCap;
    @Option(names = "--missing", description = "Missing values: ${COMPLETION-CANDIDATES} (default FAIL).")
    MissingPolicy missing = MissingPolicy.FAIL;

    @Override
    public Integer call() {
        Dataset d = in.read();
        NormalisationMethod m = NormalisationMethod.parse(method);
        double[] lo = null, hi = null, targets = null;
        if (m == NormalisationMethod.GOALPOSTS) {
            if (goalposts == null) throw new InvalidInputException("--method goalposts needs --goalposts GP.csv");
            lo = new double[d.indicatorCount()];
            hi = new double[d.indicatorCount()];
            CsvTable t = CsvTable.read(goalposts);
            int ci = t.requireColumn("indicator"), cl = t.requireColumn("lower"), cu = t.requireColumn("upper");
            java.util.Arrays.fill(lo, Double.NaN);
            for (List<String> r : t.rows()) {
                String code = r.get(ci).trim();
                if (!d.hasIndicator(code)) continue;
                int j = d.indicatorIndexOf(code);
                lo[j] = DatasetCsv.parseNumber(r.get(cl).trim());
                hi[j] = DatasetCsv.parseNumber(r.get(cu).trim());
            }
            for (int j = 0; j < lo.length; j++) {
                if (Double.isNaN(lo[j])) throw new InvalidInputException("no goalposts in " + goalposts + " for '" + d.indicators().get(j) + "'");
            }
        }
        if (m == NormalisationMethod.DISTANCE_TO_TARGET) targets = dirs.targets(d);
        NormaliserSettings s = new NormaliserSettings(m, range == null ? 0 : range[0], range == null ? 100 : range[1],
                shift == null ? 0.0001 : shift, meanSd == null ? 0 : meanSd[0], meanSd == null ? 1 : meanSd[1], sd,
                constant, ties, percentile, negative, scale, !noCap, lo, hi, targets);
        if (range != null && range.length != 2) throw new InvalidInputException("--range takes two numbers L,U");
        Dataset result = Normalisation.apply(d, dirs.signs(d), s.build(), missing);
        out.write(result, in.idColumn(), spec.commandLine().getOut());
        return 0;
    }
}
