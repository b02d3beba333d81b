package org.tongchou.app.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Times the stages of a demo load, by wall clock and by the CPU time of the loading thread: on a
 * shared machine the wall clock mostly measures the other processes, the thread's CPU time much less.
 */
final class StageClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final StringBuilder stages = new StringBuilder();
    private long wall = System.nanoTime();
    private long cpu = cpuNow();

    /** Ends the stage running since the last call (or creation). */
    void stage(String name) {
        long w = System.nanoTime();
        long c = cpuNow();
        if (stages.length() > 0) stages.append(", ");
        stages.append(String.format(Locale.ROOT, "%s %.2f s / %.2f s", name, (w - wall) / 1e9, (c - cpu) / 1e9));
        wall = w;
        cpu = c;
    }

    /** "units 1.20 s / 0.80 s, ..." (wall / CPU of the thread per stage). */
    @Override
    public String toString() {
        return stages.toString();
    }

    private static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
