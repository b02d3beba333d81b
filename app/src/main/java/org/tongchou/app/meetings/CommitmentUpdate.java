package org.tongchou.app.meetings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One line of a commitment's history: what happened, who, when (and the clock's day), with its evidence files. */
record CommitmentUpdate(long id, long commitmentId, UpdateKind kind, String text, CommitmentStatus oldStatus, CommitmentStatus newStatus,
                               String author, OffsetDateTime at, LocalDate onDay, List<StoredFileInfo> evidence) {
}
