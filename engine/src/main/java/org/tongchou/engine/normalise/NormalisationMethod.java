package org.tongchou.engine.normalise;

/** The normalisation families, as named on the command line and in pipeline configuration files. */
public enum NormalisationMethod {
    MINMAX("minmax"),
    SHIFTED_MINMAX("shifted-minmax"),
    ZSCORE("zscore"),
    GOALPOSTS("goalposts"),
    DISTANCE_TO_TARGET("distance-to-target"),
    RANK("rank"),
    PERCENTILE_RANK("percentile-rank"),
    VECTOR("vector");

    private final String key;

    NormalisationMethod(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The command-line keys, in declaration order. */
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
