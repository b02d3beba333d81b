package org.tongchou.app.units;

/**
 * National statistical division codes. The code lists write a unit's code with as many digits as its
 * level has (2 province, 4 prefecture, 6 county, 9 township, 12 village); the database keeps every
 * code padded with zeros to 12 digits, and the level beside it.
 */
public final class UnitCode {
    private UnitCode() {
    }

    /** Pads a 2/4/6/9/12-digit code with zeros to 12 digits; rejects anything else. */
    public static String normalise(String code) {
        String c = code == null ? "" : code.strip();
        if (!c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new IllegalArgumentException("not a division code (digits only): '" + code + "'");
        }
        UnitLevel.ofDigits(c.length());
        return c + "0".repeat(12 - c.length());
    }

    /** The level of a code as the lists write it (by its number of digits). */
    public static UnitLevel levelOf(String listCode) {
        return UnitLevel.ofDigits(listCode.strip().length());
    }

    /**
     * The level a code given by a user means: a 2/4/6/9-digit code by its length; a 12-digit code by
     * its trailing zero groups (320582000000 is the county 320582). A padded code can name units of
     * several levels (441900000000: prefecture 4419 东莞市 and its county-level 441900); the
     * highest level wins, use a short code for the others.
     */
    public static UnitLevel lookupLevel(String code) {
        return UnitLevel.ofDigits(prefix(code).length());
    }

    /** The code as the lists write it for a unit of that level: the first {@code level.digits()} digits. */
    public static String shortCode(String code12, UnitLevel level) {
        return code12.substring(0, level.digits());
    }

    /**
     * The significant digits of a code: a 2/4/6/9-digit code as given; a 12-digit code with trailing
     * zero groups removed (320582000000 → 320582). Used to express "within this unit" as a prefix.
     */
    public static String prefix(String code) {
        String c = code.strip();
        if (c.length() != 12) {
            normalise(c);
            return c;
        }
        for (UnitLevel l : UnitLevel.values()) {
            if (c.substring(l.digits()).chars().allMatch(ch -> ch == '0')) return c.substring(0, l.digits());
        }
        return c;
    }
}
