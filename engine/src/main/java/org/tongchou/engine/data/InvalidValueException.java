package org.tongchou.engine.data;

/**
 * A data value a method cannot use: a negative value where shares or logarithms need non-negative ones,
 * a zero denominator, a value outside [0, ideal] ... The message names the unit, the indicator (column)
 * and the value, e.g. {@code unit 'B', indicator 'gdp': value -3.0 is negative; entropy weights need
 * values >= 0 (normalise first)}.
 */
public class InvalidValueException extends InvalidInputException {
    private final String unit;
    private final String indicator;
    private final double value;

    /**
     * @param unit      the unit (row) holding the value
     * @param indicator the indicator (column) holding the value
     * @param value     the refused value
     * @param reason    why it is refused, starting with a verb, e.g. "is negative; entropy weights need values >= 0"
     */
    public InvalidValueException(String unit, String indicator, double value, String reason) {
        super("unit '" + unit + "', indicator '" + indicator + "': value " + value + " " + reason);
        this.unit = unit;
        this.indicator = indicator;
        this.value = value;
    }

    /**
     * The unit holding the refused value.
     *
     * @return its code
     */
    public String unit() {
        return unit;
    }

    /**
     * The indicator holding the refused value.
     *
     * @return its code
     */
    public String indicator() {
        return indicator;
    }

    /**
     * The refused value.
     *
     * @return the value
     */
    public double value() {
        return value;
    }
}
