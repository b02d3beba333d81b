package org.tongchou.app.series;

import java.time.LocalDate;

/** A reporting period as the series needs it: its label and its days {@code [start, endExclusive)}. */
record SeriesPeriod(String label, LocalDate start, LocalDate endExclusive) {

    static SeriesPeriod year(int year) {
        return new SeriesPeriod(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The day on which the period's territorial division is taken; see {@link ReferenceDay}. */
    LocalDate referenceDay(ReferenceDay rule) {
        return rule == ReferenceDay.PERIOD_END ? endExclusive.minusDays(1) : start;
    }
}
