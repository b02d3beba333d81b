package org.tongchou.engine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every engine subcommand does the same way: check its option values before reading any file
 * ({@link #checkOptions()}: a bad value is bad usage, exit code 2, with the option and the value named), run,
 * and write each CSV whole (to a file, written beside it and moved into place, or to standard output).
 * Exceptions are not caught here: {@link EngineCli} maps them to exit codes in one place.
 */
public abstract class EngineCommand implements Callable<Integer> {
    /** The command's picocli model (injected): its command line, output and error writers. */
    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        checkOptions();
        run();
        return EngineCli.DONE;
    }

    /**
     * Checks option values that can be checked without reading input, throwing {@link #badOption} for the
     * first bad one. The default has nothing to check.
     */
    protected void checkOptions() {
    }

    /**
     * Reads the input, computes, writes the output.
     *
     * @throws Exception whatever the command lets through; {@link EngineCli} maps it to an exit code
     */
    protected abstract void run() throws Exception;

    /**
     * The command's standard output (picocli's, so tests can capture it).
     *
     * @return the writer
     */
    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * The command's standard error: progress lines and warnings, never results.
     *
     * @return the writer
     */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Writes a table whole: to {@code file} (atomically) or, when {@code file} is null, to standard output.
     *
     * @param file   the file, or null for standard output
     * @param header the column names
     * @param rows   the rows, one cell per column
     */
    protected final void writeCsv(Path file, List<String> header, List<? extends List<String>> rows) {
        if (file == null) {
            PrintWriter out = out();
            CsvTable.write(out, header, rows);
            out.flush();
        } else {
            CsvTable.writeAtomically(file, header, rows);
        }
    }

    /**
     * A bad option value: exit code 2, the message names the option and the value.
     *
     * @param option      the option as typed, e.g. {@code --range}
     * @param value       its value
     * @param requirement what it must be
     * @return the exception, to throw
     */
    protected final ParameterException badOption(String option, Object value, String requirement) {
        return new ParameterException(spec.commandLine(), "option '" + option + "' is " + shown(value) + ": " + requirement);
    }

    /**
     * Throws {@link #badOption} unless {@code ok}.
     *
     * @param ok          whether the value is good
     * @param option      the option as typed
     * @param value       its value
     * @param requirement what it must be
     */
    protected final void requireOption(boolean ok, String option, Object value, String requirement) {
        if (!ok) throw badOption(option, value, requirement);
    }

    /**
     * Usage that is wrong as a whole (options that exclude or need each other): exit code 2.
     *
     * @param message what is wrong
     * @return the exception, to throw
     */
    protected final ParameterException badUsage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * Throws {@link #badUsage} unless {@code ok}.
     *
     * @param ok      whether the usage is good
     * @param message what is wrong otherwise
     */
    protected final void requireUsage(boolean ok, String message) {
        if (!ok) throw badUsage(message);
    }

    /**
     * A number option that must be finite (picocli accepts "NaN" and "Infinity" for doubles).
     *
     * @param option the option as typed
     * @param value  its value
     */
    protected final void requireFinite(String option, double value) {
        requireOption(Double.isFinite(value), option, value, "must be a finite number");
    }

    /**
     * A number option that must lie in [lower, upper].
     *
     * @param option the option as typed
     * @param value  its value
     * @param lower  the lowest value allowed
     * @param upper  the highest value allowed
     */
    protected final void requireBetween(String option, double value, double lower, double upper) {
        requireOption(value >= lower && value <= upper, option, value, "must be between " + DatasetCsv.format(lower)
                + " and " + DatasetCsv.format(upper));
    }

    /**
     * An integer option that must be at least {@code min}.
     *
     * @param option the option as typed
     * @param value  its value
     * @param min    the lowest value allowed
     */
    protected final void requireAtLeast(String option, long value, long min) {
        requireOption(value >= min, option, value, "must be at least " + min);
    }

    /** A value as the user typed it, near enough: lists comma separated, whole numbers without ".0". */
    private static String shown(Object value) {
        if (value instanceof double[] a) {
            return String.join(",", java.util.Arrays.stream(a).mapToObj(EngineCommand::number).toList());
        }
        if (value instanceof List<?> l) return String.join(",", l.stream().map(EngineCommand::shown).toList());
        if (value instanceof Double d) return number(d);
        return String.valueOf(value);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "NaN" : DatasetCsv.format(v);
    }
}
