package org.tongchou.engine.robustness;

import org.tongchou.engine.data.InvalidArgumentException;

/** A continuous parameter uniform on [lower, upper): value = lower + u·(upper − lower), as COINr's continuous type. */
public record UniformValue(String name, double lower, double upper, Double nominal) implements Assumption<Double> {
    /**
     * Checks the range.
     *
     * @param name    the name reported in results
     * @param lower   the lowest value, finite
     * @param upper   the bound above every value, finite and greater than {@code lower}
     * @param nominal the value of the nominal configuration
     * @throws InvalidArgumentException for a range that is not finite with lower &lt; upper
     */
    public UniformValue {
        if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new InvalidArgumentException("lower", lower, "uniform assumption '" + name + "': lower " + lower + " and upper " + upper
                    + " must be finite with lower < upper");
        }
    }

    @Override
    public Double at(double u) {
        return lower + u * (upper - lower);
    }
}
