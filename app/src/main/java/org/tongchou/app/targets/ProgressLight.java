package org.tongchou.app.targets;

/** Traffic light of a target's progress against time elapsed (thresholds in {@link ProgressThresholds}). */
public enum ProgressLight {
    /** completion at or ahead of time elapsed (gap ≥ the green threshold) */
    GREEN,
    /** a little behind (gap ≥ the amber threshold) */
    AMBER,
    /** behind by more */
    RED,
    /** not judged: no figures yet, a missing period, or no seasonal profile */
    NONE
}
