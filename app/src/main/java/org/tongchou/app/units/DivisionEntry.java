package org.tongchou.app.units;

/**
 * One unit as a code list states it: its 12-digit code, name, level and its parent's 12-digit code
 * (null for provinces). {@code file} and {@code line} say where it came from, for error messages
 * ({@code line} 0 when it came from the database).
 */
public record DivisionEntry(String code, String name, UnitLevel level, String parentCode, String file, int line) {

    /** "file:line", or the file alone. */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }

    /** The parent's code as the lists write it (null for provinces). */
    public String parentShortCode() {
        return parentCode == null ? null : parentCode.substring(0, level.parent().digits());
    }

    /** The significant digits of the code (2, 4, 6, 9 or 12): the entry's identity within a list. */
    public String shortCode() {
        return code.substring(0, level.digits());
    }
}
