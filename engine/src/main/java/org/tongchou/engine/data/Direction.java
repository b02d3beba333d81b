package org.tongchou.engine.data;

/** Polarity of an indicator: whether more is better or less is better. */
public enum Direction {
    /** More is better (sign +1). */
    POSITIVE(1),
    /** Less is better (sign −1). */
    NEGATIVE(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /**
     * The sign s that methods multiply values by, so that higher s·x is always better.
     *
     * @return +1 or −1
     */
    public int sign() {
        return sign;
    }

    /**
     * Parses {@code 1}, {@code +1}, {@code -1}, {@code positive}, {@code negative}, {@code +}, {@code -},
     * {@code benefit}, {@code cost} (any case, trimmed).
     *
     * @param text the direction as written in a file
     * @return the direction
     * @throws InvalidInputException naming the text for anything else
     */
    public static Direction parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "1", "+1", "1.0", "+", "positive", "pos", "benefit":
                return POSITIVE;
            case "-1", "-1.0", "-", "negative", "neg", "cost":
                return NEGATIVE;
            default:
                throw new InvalidInputException("direction '" + text + "' is not one of +1, -1, positive, negative");
        }
    }

    /**
     * The direction of a sign.
     *
     * @param sign positive for more-is-better, negative for less-is-better
     * @return the direction
     * @throws InvalidArgumentException for 0 or NaN
     */
    public static Direction ofSign(double sign) {
        if (sign > 0) return POSITIVE;
        if (sign < 0) return NEGATIVE;
        throw new InvalidArgumentException("sign", sign, "is neither more-is-better (> 0) nor less-is-better (< 0)");
    }
}
