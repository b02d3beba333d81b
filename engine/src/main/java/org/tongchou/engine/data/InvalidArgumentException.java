package org.tongchou.engine.data;

/**
 * An argument outside what a method accepts (a range whose upper end is not above its lower end, weights
 * that do not match the indicators, a percentile outside [0, 1], a number of replications below 1 ...).
 * The message names the argument, its value and what it must be, e.g.
 * {@code argument 'replications' is 0: must be at least 1}.
 */
public class InvalidArgumentException extends InvalidInputException {
    private final String argument;
    private final String value;

    /**
     * @param argument    the argument's name as the method's documentation spells it
     * @param value       its value (shown with {@link String#valueOf(Object)}; arrays are shown element by element)
     * @param requirement what the argument must be, e.g. "must be at least 1"
     */
    public InvalidArgumentException(String argument, Object value, String requirement) {
        super("argument '" + argument + "' is " + show(value) + ": " + requirement);
        this.argument = argument;
        this.value = show(value);
    }

    /**
     * The argument's name.
     *
     * @return the name
     */
    public String argument() {
        return argument;
    }

    /**
     * The refused value as text.
     *
     * @return the value as the message shows it
     */
    public String value() {
        return value;
    }

    /** A value as the message shows it: arrays element by element, text in quotes. */
    static String show(Object value) {
        if (value instanceof double[] a) return java.util.Arrays.toString(a);
        if (value instanceof int[] a) return java.util.Arrays.toString(a);
        if (value instanceof Object[] a) return java.util.Arrays.toString(a);
        if (value instanceof CharSequence s) return "'" + s + "'";
        return String.valueOf(value);
    }
}
