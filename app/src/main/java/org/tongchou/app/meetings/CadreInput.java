package org.tongchou.app.meetings;

/**
 * One commitment or target as it counted in a run's cadre indicators for a town.
 *
 * @param itemRef a commitment's id, or a target's {@code indicator/year}
 */
record CadreInput(String townCode, String indicator, ItemKind itemKind, String itemRef, Outcome outcome, String detail) {
    enum ItemKind { COMMITMENT, TARGET }

    /** ON_TIME, LATE and NOT_DONE count as due; MET and MISSED as judged targets; LEFT_OUT does not count (detail says why). */
    enum Outcome { ON_TIME, LATE, NOT_DONE, MET, MISSED, LEFT_OUT }
}
