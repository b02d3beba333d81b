package org.tongchou.engine.data;

/** A missing value met under {@link MissingPolicy#FAIL}. */
public class MissingValueException extends EngineException {
    private final String unit;
    private final String indicator;

    public MissingValueException(String unit, String indicator, String method) {
        super("missing value for unit '" + unit + "', indicator '" + indicator + "' in " + method
                + " (missing-value policy FAIL; impute first or choose SKIP)");
        this.unit = unit;
        this.indicator = indicator;
    }

    public String unit() {
        return unit;
    }

    public String indicator() {
        return indicator;
    }
}
