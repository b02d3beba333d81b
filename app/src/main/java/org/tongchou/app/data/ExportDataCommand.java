package org.tongchou.app.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.periods.InvalidPeriodException;
import org.tongchou.app.periods.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongchou export-data}: stored values as CSV, long or wide, filtered by indicator, unit subtree and period. */
@Component
@Command(name = "export-data", mixinStandardHelpOptions = true, description = "Export data values as CSV (readable by import-data).")
class ExportDataCommand implements CliCommand, Callable<Integer> {
    private final DataExportService exports;

    @Spec
    CommandSpec spec;
    @Option(names = "--format", paramLabel = "long|wide", defaultValue = "long", description = "layout (default long)")
    String format;
    // every option has a defaultValue: the bean is a singleton and picocli would keep a previous run's values
    @Option(names = "--indicator", paramLabel = "CODE[,CODE...]", defaultValue = "", description = "indicator codes (default: all)")
    String indicators;
    @Option(names = "--unit", paramLabel = "CODE", defaultValue = Option.NULL_VALUE, description = "only this unit and the units under it")
    String unit;
    @Option(names = "--period", paramLabel = "P[,P...]", defaultValue = "", description = "periods (default: all)")
    String periods;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = Option.NULL_VALUE, description = "write to FILE instead of stdout")
    Path output;

    ExportDataCommand(DataExportService exports) {
        this.exports = exports;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ImportLayout layout;
        try {
            layout = ImportLayout.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("error: --format must be long or wide, not '" + format + "'");
            return ExitCodes.USAGE;
        }
        List<Period> ps = new ArrayList<>();
        try {
            for (String p : split(periods)) ps.add(Period.parse(p));
        } catch (InvalidPeriodException e) {
            err.println("error: --period: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ExportOptions o = new ExportOptions(layout, split(indicators), unit, ps);
        Writer w = output == null ? spec.commandLine().getOut() : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        try {
            long n = exports.export(o, w);
            err.printf("exported %,d values%n", n);
        } catch (IllegalArgumentException | org.tongchou.app.indicators.UnknownIndicatorException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            if (output == null) w.flush(); else w.close();
        }
        return ExitCodes.OK;
    }

    private static List<String> split(String csv) {
        List<String> out = new ArrayList<>();
        for (String s : csv.split(",")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }
}
