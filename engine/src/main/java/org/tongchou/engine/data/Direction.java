package org.tongchou.engine.data;

/** Polarity of an indicator: whether more is better or less is better. */
public enum Direction {
    POSITIVE(1),
    NEGATIVE(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }

    /** Parses {@code 1}, {@code +1}, {@code -1}, {@code positive}, {@code negative}, {@code +}, {@code -}. */
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

    public static Direction ofSign(double sign) {
        if (sign > 0) return POSITIVE;
        if (sign < 0) return NEGATIVE;
        throw new InvalidInputException("direction 0 is neither more-is-better nor less-is-better");
    }
}
