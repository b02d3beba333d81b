package org.tongchou.engine.cli.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.cli.MissingOption;
import org.tongchou.engine.cli.OutputTable;
import org.tongchou.engine.cli.TableCommand;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.rank.GapAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gap}: each unit's gap to the leader or a benchmark unit, by indicator and dimension. */
@Command(name = "gap", mixinStandardHelpOptions = true,
        description = "Gap of each unit's weighted arithmetic score to the leader (or --benchmark), decomposed exactly as "
                + "sum_j e_j (b_j - a_j) on normalised values. Output (long): unit, reference, score, gap, level (total, "
                + "dimension, indicator), name, dimension, weight, unit_value, reference_value, contribution, target, "
                + "close_alone, close_alone_within_range.")
public final class GapCommand extends TableCommand {
    @Mixin
    final MissingOption missing = new MissingOption();

    @Option(names = "--meta", paramLabel = "FILE",
            description = "Indicator metadata CSV: indicator,weight[,dimension][,dimension_weight]; effective weight = dimension "
                    + "weight x indicator weight, each normalised (default: every numeric column, equal weights).")
    Path meta;

    @Option(names = "--benchmark", paramLabel = "UNIT", description = "Reference unit (default: the leader, the highest score).")
    String benchmark;

    @Override
    protected void checkOptions() {
        requireUsage(missing.policy() != org.tongchou.engine.data.MissingPolicy.SKIP,
                "gap does not take --missing SKIP: renormalised weights would break the exact decomposition; impute first or use PROPAGATE");
    }

    @Override
    protected OutputTable compute(Dataset input) {
        IndicatorMeta m = meta == null ? IndicatorMeta.defaults(input.indicators()) : IndicatorMeta.read(meta);
        Dataset data = m.select(input, in.source());
        GapAnalysis ga = new GapAnalysis(missing.policy());
        double[] e = m.effectiveWeights();
        if (benchmark != null && !data.hasUnit(benchmark)) {
            throw new InvalidArgumentException("--benchmark", benchmark, "is not a unit of " + in.source());
        }
        GapAnalysis.Result r = benchmark == null ? ga.toLeader(data, e, m.dimensionMap())
                : ga.toBenchmark(data, e, m.dimensionMap(), benchmark);
        List<List<String>> rows = new ArrayList<>();
        boolean dims = !m.dimensions().equals(m.indicators());
        for (GapAnalysis.UnitGap g : r.units()) {
            String sc = OutputTable.num(g.score());
            String gap = OutputTable.num(g.gap());
            rows.add(List.of(g.unit(), r.reference(), sc, gap, "total", "", "", "", "", "", gap, "", "", ""));
            if (dims) {
                for (GapAnalysis.DimensionContribution d : g.dimensions()) {
                    rows.add(List.of(g.unit(), r.reference(), sc, gap, "dimension", d.dimension(), d.dimension(), "", "", "",
                            OutputTable.num(d.contribution()), "", "", ""));
                }
            }
            for (GapAnalysis.Contribution c : g.indicators()) {
                rows.add(List.of(g.unit(), r.reference(), sc, gap, "indicator", c.indicator(), c.dimension(), OutputTable.num(c.weight()),
                        OutputTable.num(c.unitValue()), OutputTable.num(c.referenceValue()), OutputTable.num(c.contribution()),
                        OutputTable.num(c.target()), OutputTable.num(c.closeAlone()), Boolean.toString(c.closeAloneWithinRange())));
            }
        }
        return new OutputTable(List.of("unit", "reference", "score", "gap", "level", "name", "dimension", "weight", "unit_value",
                "reference_value", "contribution", "target", "close_alone", "close_alone_within_range"), rows);
    }
}
