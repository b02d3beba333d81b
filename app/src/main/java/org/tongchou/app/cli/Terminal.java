package org.tongchou.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/** What the person who started {@code tongchou} sees on the terminal, besides a command's results. */
public final class Terminal {
    /**
     * Marks a log line as a stage of start-up or of long work ("loading the demo city …"): it is shown on
     * stderr in plain words as well as written to the log file, where every other line goes only
     * ({@link Launcher}). One line per stage; details go in separate, unmarked lines. The marker's name is
     * also written in {@code logback-tongchou.xml}.
     */
    public static final Marker STAGE = MarkerFactory.getMarker("STAGE");

    private Terminal() {
    }

    /**
     * Whether stderr is an interactive terminal, where a progress bar can redraw its line. False in a pipe,
     * a CI log or a file. {@link System#console()} (Java 17: stdin and stdout are terminals) is the portable
     * test; on Linux stderr itself is checked too, so that {@code 2>file} gets plain lines.
     */
    public static boolean stderrIsInteractive() {
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) return false;
        Path fd = Path.of("/proc/self/fd/2");
        if (!Files.exists(fd)) return true;
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }
}
