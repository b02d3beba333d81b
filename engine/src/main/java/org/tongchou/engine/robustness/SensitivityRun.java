package org.tongchou.engine.robustness;

/**
 * A sensitivity analysis: every replication of the Saltelli design ({@code replications}; its
 * statistics, as COINr's, use only the 2N independent rows of A and B), the target output of each
 * replication in design order, and the indices.
 */
public record SensitivityRun(UncertaintyResult replications, double[] outputs, SensitivityResult indices) {
}
