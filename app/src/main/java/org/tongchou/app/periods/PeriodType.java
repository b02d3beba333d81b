package org.tongchou.app.periods;

/** The kinds of reporting period, from the coarsest to the finest, with how many of each fit in a year. */
public enum PeriodType {
    YEAR(1),
    HALF(2),
    QUARTER(4),
    MONTH(12);

    private final int perYear;

    PeriodType(int perYear) {
        this.perYear = perYear;
    }

    /** How many periods of this type make a year (1, 2, 4, 12). */
    public int perYear() {
        return perYear;
    }

    /** Months in one period of this type (12, 6, 3, 1). */
    public int months() {
        return 12 / perYear;
    }
}
