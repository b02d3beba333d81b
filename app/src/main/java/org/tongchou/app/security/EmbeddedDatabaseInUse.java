package org.tongchou.app.security;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that fails because another process has the embedded database open (a command while
 * {@code serve} runs): says so and what to do, instead of H2's "Database may be already in use" deep in
 * a stack trace. The embedded database listens on no port ({@link EmbeddedDatabaseLockdown}), so one
 * process at a time uses it.
 */
class EmbeddedDatabaseInUse extends AbstractFailureAnalyzer<SQLException> {
    /** H2's DATABASE_ALREADY_OPEN_1. */
    private static final int ALREADY_OPEN = 90020;

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getErrorCode() != ALREADY_OPEN) return null;
        return new FailureAnalysis("The embedded database is in use by another Tongchou process (a running "
                + "'./tongchou serve'?). It serves one process at a time and listens on no port.",
                "Stop that process and run the command again, or do the same through the web application or its API "
                        + "(docs/web.md), or run Tongchou on PostgreSQL (--spring.profiles.active=postgres), which any "
                        + "number of processes share.", cause);
    }
}
