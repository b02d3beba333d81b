package org.tongchou.engine.coupling;

/** Which end of each class interval is closed; papers differ, so the choice is explicit. */
public enum IntervalClosure {
    /** {@code lower ≤ D < upper}; the last class also includes its upper bound. */
    LOWER_CLOSED,
    /** {@code lower < D ≤ upper}; the first class also includes its lower bound. */
    UPPER_CLOSED
}
