package org.tongchou.app.data;

import java.util.EnumSet;
import java.util.Set;

/**
 * Workflow state of a data value: entered ({@link #DRAFT}), handed to the city ({@link #SUBMITTED}),
 * accepted ({@link #APPROVED}, locked) or sent back with a reason ({@link #RETURNED}).
 *
 * <p>Allowed transitions: DRAFT → SUBMITTED; SUBMITTED → APPROVED or RETURNED; RETURNED → DRAFT or
 * SUBMITTED; APPROVED → RETURNED only by an explicit {@code reopen} (an analyst's act, audited with a reason).
 */
public enum ValueStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    /** Whether a plain transition (not a reopen) from this status to {@code to} is allowed. */
    public boolean canMoveTo(ValueStatus to) {
        return allowedNext().contains(to);
    }

    public Set<ValueStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(APPROVED, RETURNED);
            case RETURNED -> EnumSet.of(DRAFT, SUBMITTED);
            case APPROVED -> EnumSet.noneOf(ValueStatus.class);
        };
    }

    /** Whether the value may be changed without reopening it. */
    public boolean editable() {
        return this != APPROVED;
    }
}
