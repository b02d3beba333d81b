package org.tongchou.app.data;

/** How values are laid out in an import file (docs/data-import.md). */
public enum ImportLayout {
    /** One value per row: unit, indicator, period, value[, source, comment]. */
    LONG,
    /** One row per unit, one column per indicator; the period is a column or an option. */
    WIDE
}
