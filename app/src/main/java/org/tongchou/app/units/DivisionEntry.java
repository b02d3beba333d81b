package org.tongchou.app.units;

/**
 * One unit as a code list states it: its 12-digit code, name, level and its parent's 12-digit code
 * (null for provinces). {@code line} is where it came from (file:line), for error messages.
 */
public record DivisionEntry(String code, String name, UnitLevel level, String parentCode, String line) {

    /** The significant digits of the code (2, 4, 6, 9 or 12). */
    public String shortCode() {
        return code.substring(0, level.digits());
    }
}
