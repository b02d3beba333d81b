/**
 * Robustness of rankings: Monte Carlo uncertainty analysis over method choices (rank distributions of
 * every unit) and variance-based sensitivity indices (first order by Saltelli et al. 2010, total order
 * by Jansen 1999) on Saltelli's sampling design, conformant with COINr's {@code get_sensitivity}.
 *
 * <p>Entry points: {@link org.tongchou.engine.robustness.MonteCarlo} (run a {@link
 * org.tongchou.engine.robustness.ScoreModel} over {@link org.tongchou.engine.robustness.Assumption}s),
 * {@link org.tongchou.engine.robustness.SensitivityIndices} (estimators from outputs already computed),
 * {@link org.tongchou.engine.robustness.RankStatistics} (rank intervals from a rank matrix).
 */
package org.tongchou.engine.robustness;
