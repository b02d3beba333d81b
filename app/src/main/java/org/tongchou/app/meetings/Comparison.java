package org.tongchou.app.meetings;

/** How an indicator commitment's figure is compared with its target value. */
public enum Comparison {
    /** at least (≥): more is better */
    GE("≥"),
    /** at most (≤): less is better */
    LE("≤");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    boolean met(double figure, double target) {
        return this == GE ? figure >= target : figure <= target;
    }
}
