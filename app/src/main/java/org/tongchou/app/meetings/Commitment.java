package org.tongchou.app.meetings;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A town's commitment (表态承诺) made at a meeting.
 *
 * @param meetingHeldOn the day of the meeting it was made at
 * @param ownerUser   the user answering for it (a username), or null when an office does
 * @param ownerOffice the named office answering for it (e.g. 镇经济发展局), or null
 * @param indicator   for {@link CommitmentKind#INDICATOR}: the indicator code; with {@code comparison} and {@code targetValue}
 * @param declaredOn  the day the town declared a milestone done (kept after verification; cleared when sent back)
 * @param doneOn      the day it counts as done: a milestone's declaration day once verified; an indicator
 *                    commitment's period end whose approved figure met the target
 */
public record Commitment(long id, long meetingId, String meetingTitle, LocalDate meetingHeldOn, String townCode, String townName, String text, String ownerUser,
                         String ownerOffice, CommitmentKind kind, String indicator, Comparison comparison, Double targetValue,
                         LocalDate deadline, CommitmentStatus status, Review review, LocalDate declaredOn, LocalDate doneOn, boolean published,
                         boolean synthetic, String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** Whether it was done by its deadline. */
    public boolean doneOnTime() {
        return status == CommitmentStatus.DONE && doneOn != null && !doneOn.isAfter(deadline);
    }

    /** The owner as shown: the office, or the user's name. */
    public String owner() {
        return ownerOffice != null ? ownerOffice : ownerUser;
    }
}
