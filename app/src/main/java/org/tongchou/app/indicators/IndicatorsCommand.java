package org.tongchou.app.indicators;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tongchou indicators}: lists the indicators, tab separated. */
@Component
@Command(name = "indicators", mixinStandardHelpOptions = true, description = "List the indicators (code, names, unit, direction, periodicity, aggregation, range, formula).")
class IndicatorsCommand implements CliCommand, Callable<Integer> {
    private final IndicatorService indicators;

    @Spec
    CommandSpec spec;

    IndicatorsCommand(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("code\tname_zh\tname_en\tunit\tdirection\tperiodicity\taggregation\tmin\tmax\tformula");
        for (Indicator i : indicators.list()) {
            String agg = i.aggregation().name().toLowerCase(Locale.ROOT) + (i.weightIndicator() == null ? "" : "(" + i.weightIndicator() + ")");
            out.printf("%s\t%s\t%s\t%s\t%+d\t%s\t%s\t%s\t%s\t%s%n", i.code(), i.nameZh(), i.nameEn(), i.unit(), i.direction().sign(),
                    i.periodicity().name().toLowerCase(Locale.ROOT), agg, i.min() == null ? "" : i.min(), i.max() == null ? "" : i.max(),
                    i.formula() == null ? "" : i.formula());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
