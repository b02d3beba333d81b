package org.tongchou.engine.cli.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.obstacle.ObstacleDegree;
import org.tongchou.engine.obstacle.ObstacleResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code obstacle}: obstacle degree of each indicator and dimension for each unit, and the top-k factors. */
@Command(name = "obstacle", mixinStandardHelpOptions = true,
        description = "Obstacle degree O_ij = F_j (ideal - x_ij) / sum_j F_j (ideal - x_ij) on normalised data. "
                + "Output: id, one column per indicator, 'dimension:<d>' per dimension, top1..topK and their degrees.")
public final class ObstacleCommand implements Callable<Integer> {
    @Mixin
    InputOptions in = new InputOptions();

    @Spec
    CommandSpec spec;

    @Option(names = "--meta", paramLabel = "FILE",
            description = "Indicator metadata CSV: indicator,weight[,dimension][,dimension_weight]; F_j = dimension weight x indicator weight "
                    + "(each normalised). Default: every numeric column, equal weights.")
    Path meta;

    @Option(names = "--ideal", defaultValue = "1", paramLabel = "X", description = "Ideal normalised value: 1 for [0,1], 100 for [0,100] (default: ${DEFAULT-VALUE}).")
    double ideal;

    @Option(names = "--top", defaultValue = "3", paramLabel = "K", description = "Number of main obstacle factors listed per unit (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        Dataset data = in.read(Set.of(), Set.of());
        IndicatorMeta m = meta == null ? IndicatorMeta.defaults(data.indicators()) : IndicatorMeta.read(meta);
        data = m.select(data, in.input.toString());
        ObstacleResult r = new ObstacleDegree(ideal, in.missing).compute(data, m.effectiveWeights(), m.dimensionMap());
        List<String> header = new ArrayList<>();
        header.add(in.id);
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
            for (double[] col : r.byIndicator()) row.add(InputOptions.num(col[i]));
            if (dims) for (double[] col : r.byDimension()) row.add(InputOptions.num(col[i]));
            List<ObstacleResult.Factor> f = r.top(i, top);
            for (int k = 0; k < top; k++) {
                row.add(k < f.size() ? f.get(k).indicator() : "");
                row.add(k < f.size() ? InputOptions.num(f.get(k).degree()) : "");
            }
            rows.add(row);
        }
        in.write(header, rows, spec.commandLine().getOut());
        return 0;
    }
}
