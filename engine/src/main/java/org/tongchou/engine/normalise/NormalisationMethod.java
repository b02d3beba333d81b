package org.tongchou.engine.normalise;

/** The normalisation families, as named on the command line and in pipeline configuration files. */
public enum NormalisationMethod {
    /** {@link MinMax}: rescaling to [l, u]. */
    MINMAX("minmax"),
    /** {@link ShiftedMinMax}: min-max plus a shift, e.g. into [0.0001, 1.0001]. */
    SHIFTED_MINMAX("shifted-minmax"),
    /** {@link ZScore}: standardisation to a mean and SD. */
    ZSCORE("zscore"),
    /** {@link Goalposts}: rescaling between fixed goalposts. */
    GOALPOSTS("goalposts"),
    /** {@link DistanceToTarget}: the share of a target reached. */
    DISTANCE_TO_TARGET("distance-to-target"),
    /** {@link RankScore}: the rank of each value. */
    RANK("rank"),
    /** {@link PercentileRank}: the percentile rank in [0, 1]. */
    PERCENTILE_RANK("percentile-rank"),
    /** {@link VectorNorm}: division by the column's Euclidean norm. */
    VECTOR("vector");

    private final String key;

    NormalisationMethod(String key) {
        this.key = key;
    }

    /**
     * The name on the command line and in configuration files.
     *
     * @return the key, e.g. {@code minmax}
     */
    public String key() {
        return key;
    }

    /**
     * The command-line keys, in declaration order.
     *
     * @return the keys
     */
    public static java.util.List<String> keys() {
        return java.util.Arrays.stream(values()).map(NormalisationMethod::key).toList();
    }

    /**
     * The method named by its key or enum name, in any case.
     *
     * @param text the name, e.g. {@code minmax} or {@code MIN_MAX}... as {@link #keys()} lists them
     * @return the method
     * @throws org.tongchou.engine.data.InvalidArgumentException for any other text, listing the keys
     */
    public static NormalisationMethod parse(String text) {
        for (NormalisationMethod m : values()) {
            if (m.key.equalsIgnoreCase(text.trim()) || m.name().equalsIgnoreCase(text.trim())) return m;
        }
        throw new org.tongchou.engine.data.InvalidArgumentException("normalisation method", text, "not one of " + keys());
    }
}
