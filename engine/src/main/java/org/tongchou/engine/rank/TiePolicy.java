package org.tongchou.engine.rank;

/**
 * How tied scores share ranks; the names follow {@code scipy.stats.rankdata} and pandas {@code rank}.
 * For scores {@code [0, 2, 3, 2]} ranked ascending: MIN {@code 1,2,4,2}; MAX {@code 1,3,4,3};
 * DENSE {@code 1,2,3,2}; AVERAGE {@code 1,2.5,4,2.5}; ORDINAL {@code 1,2,4,3}.
 */
public enum TiePolicy {
    /** Tied units take the lowest rank of their block ("competition" ranking, 1224; COINr's default). */
    MIN,
    /** Tied units take the highest rank of their block (1334). */
    MAX,
    /** Tied units take the same rank and the next block follows without a gap (1223). */
    DENSE,
    /** Tied units take the mean of the ranks of their block (1 2.5 2.5 4). */
    AVERAGE,
    /** Every unit a distinct rank; ties broken by input order ("first", 1234). */
    ORDINAL
}
