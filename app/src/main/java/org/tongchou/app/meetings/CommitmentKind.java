package org.tongchou.app.meetings;

/** What a commitment promises. */
public enum CommitmentKind {
    /** an indicator reaching a value by the deadline (e.g. 居住向社区集中率 ≥ 80 % by 2026-12-31), checked against approved data */
    INDICATOR,
    /** a piece of work done by the deadline (e.g. a standard factory building completed), declared by the town and verified by an analyst */
    MILESTONE
}
