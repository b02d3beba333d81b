package org.tongchou.engine.cli.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.cli.MissingOption;
import org.tongchou.engine.cli.OutputTable;
import org.tongchou.engine.cli.TableCommand;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.obstacle.ObstacleDegree;
import org.tongchou.engine.obstacle.ObstacleResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code obstacle}: obstacle degree of each indicator and dimension for each unit, and the top-k factors. */
@Command(name = "obstacle", mixinStandardHelpOptions = true,
        description = "Obstacle degree O_ij = F_j (ideal - x_ij) / sum_j F_j (ideal - x_ij) on normalised data. "
                + "Output: id, one column per indicator, 'dimension:<d>' per dimension, top1..topK and their degrees.")
public final class ObstacleCommand extends TableCommand {
    @Mixin
    final MissingOption missing = new MissingOption();

    @Option(names = "--meta", paramLabel = "FILE",
            description = "Indicator metadata CSV: indicator,weight[,dimension][,dimension_weight]; F_j = dimension weight x indicator weight "
                    + "(each normalised). Default: every numeric column, equal weights.")
    Path meta;

    @Option(names = "--ideal", defaultValue = "1", paramLabel = "X", description = "Ideal normalised value: 1 for [0,1], 100 for [0,100] (default: ${DEFAULT-VALUE}).")
    double ideal;

    @Option(names = "--top", defaultValue = "3", paramLabel = "K", description = "Number of main obstacle factors listed per unit (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    protected void checkOptions() {
        requireOption(Double.isFinite(ideal) && ideal > 0, "--ideal", ideal, "must be a positive finite number (1 for [0, 1] data, 100 for [0, 100])");
        requireAtLeast("--top", top, 0);
    }

    @Override
    protected OutputTable compute(Dataset input) {
        IndicatorMeta m = meta == null ? IndicatorMeta.defaults(input.indicators()) : IndicatorMeta.read(meta);
        Dataset data = m.select(input, in.source());
        ObstacleResult r = new ObstacleDegree(ideal, missing.policy()).compute(data, m.effectiveWeights(), m.dimensionMap());
        List<String> header = new ArrayList<>();
        header.add(in.idColumn());
        header.addAll(r.indicators());
        boolean dims = !r.dimensions().equals(r.indicators());
        if (dims) r.dimensions().forEach(d -> header.add("dimension:" + d));
        for (int k = 1; k <= top; k++) {
            header.add("top" + k);
            header.add("top" + k + "_degree");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < data.unitCount(); i++) {
            List<String> row = new ArrayList<>(header.size());
            row.add(data.units().get(i));
            for (double[] col : r.byIndicator()) row.add(OutputTable.num(col[i]));
            if (dims) for (double[] col : r.byDimension()) row.add(OutputTable.num(col[i]));
            List<ObstacleResult.Factor> f = r.top(i, top);
            for (int k = 0; k < top; k++) {
                row.add(k < f.size() ? f.get(k).indicator() : "");
                row.add(k < f.size() ? OutputTable.num(f.get(k).degree()) : "");
            }
            rows.add(row);
        }
        return new OutputTable(header, rows);
    }
}
