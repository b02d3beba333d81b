package org.tongchou.app.cli;

/** Exit codes scripts can rely on. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The input was refused (bad file, unknown code ...); the reason is on stderr. */
    public static final int BAD_INPUT = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** Something failed that is not the user's input (database down, I/O error). */
    public static final int FAILURE = 3;

    private ExitCodes() {
    }
}
