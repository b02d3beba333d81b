package org.tongchou.app.sparkruns;

import org.tongchou.app.web.NotFound;

/** No Spark run has this id in this database, or it has no figures for the period asked. Answered 404. */
class UnknownSparkRunException extends NotFound {
    UnknownSparkRunException(String runId) {
        super("no Spark run has id " + runId);
    }

    UnknownSparkRunException(String runId, String period) {
        super("Spark run " + runId + " has no figures for period " + period);
    }
}
