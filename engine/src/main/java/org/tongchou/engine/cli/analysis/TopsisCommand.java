package org.tongchou.engine.cli.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.rank.RankOrder;
import org.tongchou.engine.rank.Ranker;
import org.tongchou.engine.rank.TiePolicy;
import org.tongchou.engine.topsis.EntropyTopsis;
import org.tongchou.engine.topsis.Topsis;
import org.tongchou.engine.topsis.TopsisNormalisation;
import org.tongchou.engine.topsis.TopsisResult;
import org.tongchou.engine.weights.ZeroHandling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code topsis}: relative closeness of each unit to the ideal, optionally with entropy weights. */
@Command(name = "topsis", mixinStandardHelpOptions = true,
        description = "TOPSIS closeness per unit. Output: id, closeness, d_plus, d_minus, rank (descending, ties MIN).")
public final class TopsisCommand implements Callable<Integer> {
    @Mixin
    InputOptions in = new InputOptions();

    @Spec
    CommandSpec spec;

    @Option(names = "--meta", paramLabel = "FILE",
            description = "Indicator metadata CSV: indicator[,weight][,direction] (default: every numeric column, weight 1, +1).")
    Path meta;

    @Option(names = "--normalisation", defaultValue = "VECTOR", paramLabel = "METHOD",
            description = "TOPSIS normalisation: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TopsisNormalisation normalisation;

    @Option(names = "--weighting", defaultValue = "GIVEN", paramLabel = "WHICH",
            description = "GIVEN (weights from --meta) or ENTROPY (entropy-TOPSIS: min-max standardisation into "
                    + "[--entropy-lower, 1] with direction, entropy weights, then TOPSIS with --normalisation) (default: ${DEFAULT-VALUE}).")
    Weighting weighting;

    @Option(names = "--entropy-lower", defaultValue = "0.0001", paramLabel = "X",
            description = "Lower end of the standardisation before entropy weights (default: ${DEFAULT-VALUE}; 0 allows zero shares).")
    double entropyLower;

    @Option(names = "--weights-output", paramLabel = "FILE", description = "Also write the weights used (indicator, weight).")
    Path weightsOutput;

    enum Weighting { GIVEN, ENTROPY }

    @Override
    public Integer call() {
        Dataset data = in.read(Set.of(), Set.of());
        IndicatorMeta m = meta == null ? IndicatorMeta.defaults(data.indicators()) : IndicatorMeta.read(meta);
        data = m.select(data, in.input.toString());
        TopsisResult r;
        double[] weights;
        if (weighting == Weighting.ENTROPY) {
            if (in.missing != org.tongchou.engine.data.MissingPolicy.FAIL) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--weighting ENTROPY needs complete data (entropy weights are undefined with gaps): impute first, keep --missing FAIL");
            }
            EntropyTopsis.Result er = new EntropyTopsis(new MinMax(entropyLower, 1, ConstantColumn.FAIL), ZeroHandling.ZERO_LOG_ZERO,
                    0, normalisation).evaluate(data, m.directions());
            r = er.topsis();
            weights = er.weights();
        } else {
            weights = m.weights();
            r = new Topsis(normalisation, in.missing).evaluate(data, weights, m.directions());
        }
        double[] ranks = new Ranker(RankOrder.DESCENDING, TiePolicy.MIN, org.tongchou.engine.data.MissingPolicy.SKIP)
                .rank(r.units(), r.closeness());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < r.units().size(); i++) {
            rows.add(List.of(r.units().get(i), InputOptions.num(r.closeness()[i]), InputOptions.num(r.distanceToIdeal()[i]),
                    InputOptions.num(r.distanceToAntiIdeal()[i]), InputOptions.num(ranks[i])));
        }
        if (weightsOutput != null) {
            List<List<String>> wr = new ArrayList<>();
            for (int j = 0; j < weights.length; j++) wr.add(List.of(r.criteria().get(j), InputOptions.num(weights[j])));
            InputOptions w = new InputOptions();
            w.output = weightsOutput;
            w.write(List.of("indicator", "weight"), wr, spec.commandLine().getOut());
        }
        in.write(List.of(in.id, "closeness", "d_plus", "d_minus", "rank"), rows, spec.commandLine().getOut());
        return 0;
    }

}
