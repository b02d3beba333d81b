package org.tongchou.engine.robustness;

import org.tongchou.engine.data.InvalidArgumentException;

/** A continuous parameter uniform on [lower, upper): value = lower + u·(upper − lower), as COINr's continuous type. */
public record UniformValue(String name, double lower, double upper, Double nominal) implements Assumption<Double> {
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
