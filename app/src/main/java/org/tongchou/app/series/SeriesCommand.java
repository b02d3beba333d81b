package org.tongchou.app.series;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.indicators.UnknownIndicatorException;
import org.tongchou.app.periods.InvalidPeriodException;
import org.tongchou.app.periods.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongchou series}: one indicator's comparable series for one unit, each point with its derivation. */
@Component
@Command(name = "series", mixinStandardHelpOptions = true,
        description = "Prints an indicator's series on a unit's current boundaries, each point with how it was derived.")
class SeriesCommand implements CliCommand {
    private final SeriesService service;

    @Spec
    CommandSpec spec;

    @Option(names = "--indicator", required = true, description = "indicator code, e.g. gdp")
    String indicator;

    @Option(names = "--unit", required = true, description = "unit code, e.g. 320582002")
    String unit;

    @Option(names = "--from", required = true, description = "first period: 2016, 2016H1, 2016Q1 or 2016M01")
    String from;

    @Option(names = "--to", required = true, description = "last period, of the same type")
    String to;

    @Option(names = "--format", defaultValue = "table", description = "table or csv (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--reference-day", defaultValue = "PERIOD_END",
            description = "day whose division a period is reported on: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    ReferenceDay referenceDay;

    @Option(names = "--approved-only", description = "use approved values only")
    boolean approvedOnly;

    SeriesCommand(SeriesService service) {
        this.service = service;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("table") && !format.equals("csv")) {
            err.println("error: --format must be table or csv, not '" + format + "'");
            return ExitCodes.USAGE;
        }
        ComparableSeries s;
        try {
            s = service.series(new SeriesRequest(indicator, unit, Period.parse(from), Period.parse(to), referenceDay,
                    approvedOnly ? SeriesRequest.ValueFilter.APPROVED_ONLY : SeriesRequest.ValueFilter.ANY_STATUS));
        } catch (UnknownSeriesInputException | UnknownIndicatorException | InvalidPeriodException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (format.equals("csv")) {
            printCsv(s, out);
        } else {
            printTable(s, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void printTable(ComparableSeries s, PrintWriter out) {
        out.printf("%s for %s %s, on its current boundaries%n", s.indicatorCode(), s.unitCode(), s.unitName());
        out.printf("%-8s %18s  %s%n", "period", "value", "derivation");
        for (SeriesPoint p : s.points()) {
            out.printf("%-8s %18s  %s%n", p.period(), p.value() == null ? "—" : number(p.value()), p.derivation());
        }
    }

    static void printCsv(ComparableSeries s, PrintWriter out) {
        out.println("indicator,unit,period,value,method,contributions,note");
        for (SeriesPoint p : s.points()) {
            String contributions = p.contributions().stream()
                    .map(c -> c.unitCode() + ":" + number(c.share())).collect(Collectors.joining(" "));
            out.println(String.join(",", s.indicatorCode(), s.unitCode(), p.period(),
                    p.value() == null ? "" : number(p.value()), p.method().name(), contributions, csv(p.reason())));
        }
    }

    private static String number(double v) {
        String t = String.format(Locale.ROOT, "%.4f", v);
        return t.contains(".") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
    }

    private static String csv(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
