package org.tongchou.engine.cli.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.cli.MissingOption;
import org.tongchou.engine.cli.OutputTable;
import org.tongchou.engine.cli.TableCommand;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.MissingPolicy;
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
import picocli.CommandLine.Option;

/** {@code topsis}: relative closeness of each unit to the ideal, optionally with entropy weights. */
@Command(name = "topsis", mixinStandardHelpOptions = true,
        description = "TOPSIS closeness per unit. Output: id, closeness, d_plus, d_minus, rank (descending, ties MIN).")
public final class TopsisCommand extends TableCommand {
    @Mixin
    final MissingOption missing = new MissingOption();

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

    @Option(names = "--entropy-lower", paramLabel = "X",
            description = "Lower end of the standardisation before entropy weights, in [0, 1) (default: 0.0001; 0 allows zero shares).")
    Double entropyLower;

    @Option(names = "--weights-output", paramLabel = "FILE", description = "Also write the weights used (indicator, weight).")
    Path weightsOutput;

    enum Weighting { GIVEN, ENTROPY }

    /** Default lower end of the entropy-TOPSIS standardisation, so that no share is 0. */
    static final double ENTROPY_LOWER = 0.0001;

    @Override
    protected void checkOptions() {
        if (entropyLower != null) {
            requireUsage(weighting == Weighting.ENTROPY, "--entropy-lower applies to --weighting ENTROPY");
            requireOption(entropyLower >= 0 && entropyLower < 1, "--entropy-lower", entropyLower, "must be in [0, 1)");
        }
        requireUsage(weighting != Weighting.ENTROPY || missing.policy() == MissingPolicy.FAIL,
                "--weighting ENTROPY needs complete data (entropy weights are undefined with gaps): impute first, keep --missing FAIL");
    }

    @Override
    protected OutputTable compute(Dataset input) {
        IndicatorMeta m = meta == null ? IndicatorMeta.defaults(input.indicators()) : IndicatorMeta.read(meta);
        Dataset data = m.select(input, in.source());
        TopsisResult r;
        double[] weights;
        if (weighting == Weighting.ENTROPY) {
            double lower = entropyLower == null ? ENTROPY_LOWER : entropyLower;
            EntropyTopsis.Result er = new EntropyTopsis(new MinMax(lower, 1, ConstantColumn.FAIL), ZeroHandling.ZERO_LOG_ZERO,
                    0, normalisation).evaluate(data, m.directions());
            r = er.topsis();
            weights = er.weights();
        } else {
            weights = m.weights();
            r = new Topsis(normalisation, missing.policy()).evaluate(data, weights, m.directions());
        }
        double[] ranks = new Ranker(RankOrder.DESCENDING, TiePolicy.MIN, MissingPolicy.SKIP).rank(r.units(), r.closeness());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < r.units().size(); i++) {
            rows.add(List.of(r.units().get(i), OutputTable.num(r.closeness()[i]), OutputTable.num(r.distanceToIdeal()[i]),
                    OutputTable.num(r.distanceToAntiIdeal()[i]), OutputTable.num(ranks[i])));
        }
        if (weightsOutput != null) {
            List<List<String>> wr = new ArrayList<>();
            for (int j = 0; j < weights.length; j++) wr.add(List.of(r.criteria().get(j), OutputTable.num(weights[j])));
            writeCsv(weightsOutput, List.of("indicator", "weight"), wr);
        }
        return new OutputTable(List.of(in.idColumn(), "closeness", "d_plus", "d_minus", "rank"), rows);
    }
}
