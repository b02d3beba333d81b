package org.tongchou.app.entry;

import java.time.LocalDate;
import org.tongchou.app.periods.Period;

/** The day by which the values of a reporting period are due (used for timeliness). */
record ReportingDeadline(Period period, LocalDate due, String note) {
    public ReportingDeadline {
        if (!due.isAfter(period.start())) {
            throw new org.tongchou.app.web.BadInput("deadline " + due + " of period " + period.code()
                    + " is not after the period's start " + period.start(), "periodsAdmin.dueNotAfterStart", due, period.code(), period.start());
        }
        note = note == null ? "" : note.strip();
    }
}
