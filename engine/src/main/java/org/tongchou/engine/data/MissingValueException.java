package org.tongchou.engine.data;

/** A missing value ({@link Double#NaN}) met under {@link MissingPolicy#FAIL}; the message names the unit and indicator. */
public class MissingValueException extends EngineInputException {
    private final String unit;
    private final String indicator;

    /**
     * @param unit      the unit (row) whose value is missing
     * @param indicator the indicator (column) whose value is missing
     * @param method    the method that needs it, e.g. "TOPSIS"
     */
    public MissingValueException(String unit, String indicator, String method) {
        super("missing value for unit '" + unit + "', indicator '" + indicator + "' in " + method
                + " (missing-value policy FAIL; impute first or choose SKIP)");
        this.unit = unit;
        this.indicator = indicator;
    }

    /**
     * The unit whose value is missing.
     *
     * @return its code
     */
    public String unit() {
        return unit;
    }

    /**
     * The indicator whose value is missing.
     *
     * @return its code
     */
    public String indicator() {
        return indicator;
    }
}
