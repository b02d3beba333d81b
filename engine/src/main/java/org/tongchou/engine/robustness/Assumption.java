package org.tongchou.engine.robustness;

/**
 * One uncertain assumption of a model (a method choice, a parameter, a set of weights): its nominal
 * value and a map from a uniform number u in [0, 1) to a value, so that a uniform sampling design
 * (plain Monte Carlo or {@link SaltelliDesign}) drives every kind of assumption alike. Implementations
 * must be immutable: they are read from many threads.
 *
 * @param <T> the type of the assumption's values
 */
public interface Assumption<T> {
    /**
     * The name reported in results (e.g. {@code Normalisation}).
     *
     * @return the name
     */
    String name();

    /**
     * The value of the nominal (published) configuration.
     *
     * @return the nominal value
     */
    T nominal();

    /**
     * The value that the uniform number {@code u} in [0, 1) selects.
     *
     * @param u a uniform number in [0, 1)
     * @return the value
     */
    T at(double u);
}
