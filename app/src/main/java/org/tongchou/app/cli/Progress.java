package org.tongchou.app.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of one stage of long work, on stderr. On an interactive terminal a bar redrawn in place
 * (at most every 200 ms; a count without a bar when the total is unknown, 0); elsewhere (a pipe, a CI log,
 * a file) nothing until the stage ends. Either way the stage ends with one line, {@code "label: 1,234 in
 * 5.6 s"}, which scripts may read (scripts/bench-divisions.sh does), and which the log file gets too.
 */
public final class Progress {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final String label;
    private final long total;
    private final PrintStream out;
    private final boolean bar;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int drawn;

    /**
     * @param label what the stage does, e.g. "reading villages.csv"
     * @param total how many items the stage handles, 0 when unknown
     * @param out   where the bar and the closing line go
     * @param bar   whether {@code out} is a terminal that can show a bar redrawn in place
     */
    public Progress(String label, long total, PrintStream out, boolean bar) {
        this.label = label;
        this.total = total;
        this.out = out;
        this.bar = bar;
    }

    /** A stage shown on stderr: a bar if stderr is a terminal ({@link Terminal#stderrIsInteractive()}), else one line. */
    public static Progress onStderr(String label, long total) {
        return new Progress(label, total, System.err, Terminal.stderrIsInteractive());
    }

    /** {@code done} items of the stage are done. */
    public void update(long done) {
        if (!bar) return;
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && (total == 0 || done < total)) return;
        lastDraw = now;
        String line;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * Math.max(0, done) / total);
            line = String.format(Locale.ROOT, "%-24s [%s%s] %,d/%,d", label, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
        } else {
            line = String.format(Locale.ROOT, "%-24s %,d", label, done);
        }
        out.print("\r" + line);
        drawn = line.length();
        out.flush();
    }

    /** The stage ended with {@code done} items: the closing line (over the bar, on a terminal). */
    public void finish(long done) {
        double secs = (System.nanoTime() - start) / 1e9;
        String line = String.format(Locale.ROOT, "%s: %,d in %.1f s", label, done, secs);
        // on a terminal the closing line replaces the bar; spaces clear what the bar drew beyond it
        out.print(bar && drawn > 0 ? "\r" + line + " ".repeat(Math.max(0, drawn - line.length())) + System.lineSeparator()
                : line + System.lineSeparator());
        out.flush();
        LOG.info(line);
    }
}
