package org.tongchou.app.cli;

import java.io.PrintStream;

/**
 * A progress bar on stderr for long work. Redraws at most every 200 ms; prints nothing when the
 * total is unknown (0) except the final summary line.
 */
public final class Progress {
    private final String label;
    private final long total;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private long lastDraw;

    public Progress(String label, long total, PrintStream out) {
        this.label = label;
        this.total = total;
        this.out = out;
    }

    public Progress(String label, long total) {
        this(label, total, System.err);
    }

    public void update(long done) {
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L && done < total) return;
        lastDraw = now;
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, width * done / total);
            out.printf("\r%-24s [%s%s] %,d/%,d", label, "#".repeat(filled), " ".repeat(width - filled), done, total);
        } else {
            out.printf("\r%-24s %,d", label, done);
        }
        out.flush();
    }

    public void finish(long done) {
        update(total > 0 ? total : done);
        double secs = (System.nanoTime() - start) / 1e9;
        out.printf("%n%s: %,d in %.1f s%n", label, done, secs);
    }
}
