package org.tongchou.app.units;

/**
 * The five levels of the national statistical division code (统计用区划代码). {@link #digits()} is how
 * many leading digits of the 12-digit code belong to a unit of this level (2, 4, 6, 9, 12); the code
 * lists write codes with exactly that many digits.
 */
public enum UnitLevel {
    PROVINCE(2), PREFECTURE(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int digits;

    UnitLevel(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }

    /** The level whose codes have this many significant digits. */
    public static UnitLevel ofDigits(int digits) {
        for (UnitLevel l : values()) {
            if (l.digits == digits) return l;
        }
        throw new IllegalArgumentException("no unit level has codes of " + digits + " digits (2, 4, 6, 9 or 12)");
    }

    /** The level above, or null for provinces. */
    public UnitLevel parent() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /** The level below, or null for villages. */
    public UnitLevel child() {
        return ordinal() == values().length - 1 ? null : values()[ordinal() + 1];
    }
}
