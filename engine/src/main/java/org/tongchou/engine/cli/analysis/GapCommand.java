package org.tongchou.engine.cli.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.rank.GapAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gap}: each unit's gap to the leader or a benchmark unit, by indicator and dimension. */
@Command(name = "gap", mixinStandardHelpOptions = true,
        description = "Gap of each unit's weighted arithmetic score to the leader (or --benchmark), decomposed exactly as "
                + "sum_j e_j (b_j - a_j) on normalised values. Output (long): unit, reference, score, gap, level (total, "
                + "dimension, indicator), name, dimension, weight, unit_value, reference_value, contribution, target, "
                + "close_alone, close_alone_within_range.")
public final class GapCommand implements Callable<Integer> {
    @Mixin
    InputOptions in = new InputOptions();

    @Spec
    CommandSpec spec;

    @Option(names = "--meta", paramLabel = "FILE",
            description = "Indicator metadata CSV: indicator,weight[,dimension][,dimension_weight]; effective weight = dimension "
                    + "weight x indicator weight, each normalised (default: every numeric column, equal weights).")
    Path meta;

    @Option(names = "--benchmark", paramLabel = "UNIT", description = "Reference unit (default: the leader, the highest score).")
    String benchmark;

    @Override
    public Integer call() {
        Dataset data = in.read(Set.of(), Set.of());
        IndicatorMeta m = meta == null ? IndicatorMeta.defaults(data.indicators()) : IndicatorMeta.read(meta);
        data = m.select(data, in.input.toString());
        GapAnalysis ga = new GapAnalysis(in.missing);
        double[] e = m.effectiveWeights();
        GapAnalysis.Result r = benchmark == null ? ga.toLeader(data, e, m.dimensionMap())
                : ga.toBenchmark(data, e, m.dimensionMap(), benchmark);
        List<List<String>> rows = new ArrayList<>();
        boolean dims = !m.dimensions().equals(m.indicators());
        for (GapAnalysis.UnitGap g : r.units()) {
            String sc = InputOptions.num(g.score());
            String gap = InputOptions.num(g.gap());
            rows.add(List.of(g.unit(), r.reference(), sc, gap, "total", "", "", "", "", "", gap, "", "", ""));
            if (dims) {
                for (GapAnalysis.DimensionContribution d : g.dimensions()) {
                    rows.add(List.of(g.unit(), r.reference(), sc, gap, "dimension", d.dimension(), d.dimension(), "", "", "",
                            InputOptions.num(d.contribution()), "", "", ""));
                }
            }
            for (GapAnalysis.Contribution c : g.indicators()) {
                rows.add(List.of(g.unit(), r.reference(), sc, gap, "indicator", c.indicator(), c.dimension(), InputOptions.num(c.weight()),
                        InputOptions.num(c.unitValue()), InputOptions.num(c.referenceValue()), InputOptions.num(c.contribution()),
                        InputOptions.num(c.target()), InputOptions.num(c.closeAlone()), Boolean.toString(c.closeAloneWithinRange())));
            }
        }
        in.write(List.of("unit", "reference", "score", "gap", "level", "name", "dimension", "weight", "unit_value",
                "reference_value", "contribution", "target", "close_alone", "close_alone_within_range"), rows, spec.commandLine().getOut());
        return 0;
    }
}
