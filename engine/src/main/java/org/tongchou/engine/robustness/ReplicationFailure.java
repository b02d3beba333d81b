package org.tongchou.engine.robustness;

/** What a Monte Carlo run does when the model fails (throws) in one replication. */
public enum ReplicationFailure {
    /** Stop the run with an exception naming the replication and its assumption values. */
    FAIL,
    /**
     * Record the replication's scores and ranks as missing, as COINr does when a regeneration fails. Only a
     * refusal of the input ({@code EngineInputException}) is recorded; a bug in the model still stops the run.
     */
    RECORD_MISSING
}
