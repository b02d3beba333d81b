package org.tongchou.engine.robustness;

/**
 * Whether a {@link PipelineModel} regenerates every stage in every replication or reuses the prepared
 * and normalised indicators of an earlier replication with the same preparation and normalisation.
 * Both give bit-identical scores (the stages are deterministic functions of their configuration);
 * reuse only saves time.
 */
public enum StageReuse {
    /** Every replication runs denominate → impute → screen → treat → normalise → aggregate. */
    REGENERATE_ALL,
    /**
     * Normalised indicators are kept per distinct (denomination, imputation, screening, treatment,
     * normalisation) and each replication only aggregates with its weights and method; at most
     * {@link PipelineModel#MAX_REUSED_STAGES} configurations are kept (continuous assumptions on those
     * stages would otherwise grow without bound), beyond which replications regenerate.
     */
    REUSE_NORMALISED
}
