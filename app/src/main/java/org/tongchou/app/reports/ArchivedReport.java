package org.tongchou.app.reports;

import java.time.OffsetDateTime;

/** A document in the archive: which run, what kind, format and language, who made it and when, its size and SHA-256. */
record ArchivedReport(long id, long runId, String planCode, String period, boolean runPublished, ReportKind kind, ReportFormat format,
                      String lang, String fileName, long size, String sha256, String createdBy, OffsetDateTime createdAt) {

    /** When it was made, in the city's time zone (minutes). */
    public String createdAtText() {
        return ReportBuilder.time(createdAt);
    }
}
