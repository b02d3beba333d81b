package org.tongchou.app.targets;

import java.time.OffsetDateTime;

/** One line of a target's history: what happened, the old and new value, how, who and when. */
record TargetChange(String action, Double oldValue, Double newValue, TargetMethod method, String note, Long proposalId, String actor,
                    OffsetDateTime at) {
}
