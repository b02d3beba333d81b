package org.tongchou.engine.normalise;

/** Standard deviation divisor: SAMPLE uses n-1 (R {@code sd}, pandas), POPULATION uses n (numpy default). */
public enum SdType {
    /** Divisor n − 1. */
    SAMPLE,
    /** Divisor n. */
    POPULATION
}
