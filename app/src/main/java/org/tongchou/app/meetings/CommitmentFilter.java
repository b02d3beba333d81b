package org.tongchou.app.meetings;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which commitments to list. Nulls mean "any".
 *
 * @param publishedOnly   only published ones (leaders)
 * @param visibleDraftsOf published ones, and the drafts of this town too (a town reporter's view), or null
 * @param townsWithin     only the towns with these codes (a scoped leader's area, from {@code ScopeService#areaCodes}), or null
 */
record CommitmentFilter(Long meetingId, String townCode, Set<CommitmentStatus> statuses, boolean publishedOnly, String visibleDraftsOf,
                        LocalDate deadlineFrom, LocalDate deadlineTo, boolean reviewPending, Set<String> townsWithin) {

    static CommitmentFilter all() {
        return new CommitmentFilter(null, null, null, false, null, null, null, false, null);
    }

    CommitmentFilter meeting(long id) {
        return new CommitmentFilter(id, townCode, statuses, publishedOnly, visibleDraftsOf, deadlineFrom, deadlineTo, reviewPending, townsWithin);
    }

    CommitmentFilter town(String code) {
        return new CommitmentFilter(meetingId, code, statuses, publishedOnly, visibleDraftsOf, deadlineFrom, deadlineTo, reviewPending, townsWithin);
    }

    CommitmentFilter statuses(Set<CommitmentStatus> s) {
        return new CommitmentFilter(meetingId, townCode, s, publishedOnly, visibleDraftsOf, deadlineFrom, deadlineTo, reviewPending, townsWithin);
    }

    CommitmentFilter deadlines(LocalDate from, LocalDate to) {
        return new CommitmentFilter(meetingId, townCode, statuses, publishedOnly, visibleDraftsOf, from, to, reviewPending, townsWithin);
    }

    CommitmentFilter awaitingReview() {
        return new CommitmentFilter(meetingId, townCode, statuses, publishedOnly, visibleDraftsOf, deadlineFrom, deadlineTo, true, townsWithin);
    }

    /** Restricted to what the viewer may read (see {@link CommitmentAccess#filter}). */
    CommitmentFilter visibility(boolean publishedOnlyView, String ownTown) {
        return new CommitmentFilter(meetingId, townCode, statuses, publishedOnlyView, ownTown, deadlineFrom, deadlineTo, reviewPending, townsWithin);
    }

    /** Restricted to the towns with these codes (a scoped leader's area), or unchanged when null. */
    CommitmentFilter within(Set<String> townCodes) {
        return new CommitmentFilter(meetingId, townCode, statuses, publishedOnly, visibleDraftsOf, deadlineFrom, deadlineTo, reviewPending, townCodes);
    }
}
