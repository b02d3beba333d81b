package org.tongchou.app.demo;

import java.util.SplittableRandom;

/**
 * Standard normal noise that depends only on (seed, unit, quantity, year), so every value is the same
 * whatever order the generator visits units in and whatever other units exist.
 */
final class DeterministicNoise {
    private final long seed;

    DeterministicNoise(long seed) {
        this.seed = seed;
    }

    double normal(String unitCode, DemoQuantity q, int year) {
        long h = seed;
        h = 31 * h + unitCode.hashCode();
        h = 31 * h + q.ordinal();
        h = 31 * h + year;
        return new SplittableRandom(h).nextGaussian();
    }
}
