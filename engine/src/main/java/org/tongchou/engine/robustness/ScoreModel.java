package org.tongchou.engine.robustness;

/**
 * A model that turns a configuration of assumptions into one score per unit (higher is better), e.g.
 * a whole composite-index pipeline. It is called concurrently from several threads, so it must not
 * keep mutable state between calls; it must return the units always in the same order.
 */
@FunctionalInterface
public interface ScoreModel {
    /**
     * The scores of one configuration.
     *
     * @param scenario the value of every assumption
     * @return one score per unit, higher is better, the units always in the same order; NaN for a unit without a score
     */
    double[] scores(Scenario scenario);
}
