package org.tongchou.app.evaluation;

import java.time.OffsetDateTime;

/**
 * Where a run's robustness stands ({@link RobustnessJobs}): the Monte Carlo of a run is computed after the run
 * is stored, so pages say whether it is there yet.
 *
 * @param since   when the job was queued, or started computing; null for COMPUTED and NONE
 * @param failure why the last attempt failed (FAILED only), else null
 */
public record RobustnessStatus(State state, OffsetDateTime since, String failure) {
    /** The states, in the order a run passes through them. */
    public enum State {
        /** waiting for the background thread */
        QUEUED,
        /** being computed */
        COMPUTING,
        /** stored with the run */
        COMPUTED,
        /** the last attempt failed ({@link #failure()} says why); it can be requested again */
        FAILED,
        /** never computed (e.g. the process that made the run ended first): computed on demand or at publication */
        NONE
    }

    /** Queued or being computed: the page will show it without anyone asking again. */
    public boolean pending() {
        return state == State.QUEUED || state == State.COMPUTING;
    }
}
