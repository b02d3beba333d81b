package org.tongchou.app.meetings;

/**
 * Where a commitment stands (docs/meetings.md, "Statuses"). {@link #DONE} and {@link #WITHDRAWN} are
 * final; {@link #OVERDUE} is set by the daily check when the deadline has passed without the
 * commitment being done (an indicator commitment: when the approved figure of its deadline's year
 * misses the target).
 */
public enum CommitmentStatus {
    /** 未开始 */
    NOT_STARTED,
    /** 按期推进 */
    ON_TRACK,
    /** 有风险 */
    AT_RISK,
    /** 逾期 */
    OVERDUE,
    /** 已完成 */
    DONE,
    /** 已撤销 */
    WITHDRAWN;

    public boolean closed() {
        return this == DONE || this == WITHDRAWN;
    }
}
