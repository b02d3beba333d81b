package org.tongchou.app.series;

/**
 * Which day of a period fixes the division a value belongs to when a boundary changed inside the
 * period. Statistical year-books report a year on the division at its end (the units that exist on
 * 31 December report the whole year), so {@link #PERIOD_END} is the usual choice; {@link #PERIOD_START}
 * attributes the period to the units that existed when it began.
 */
public enum ReferenceDay {
    PERIOD_END,
    PERIOD_START
}
