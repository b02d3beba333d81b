package org.tongchou.app.series;

import java.time.LocalDate;

/** A unit as the series algorithm sees it: identity, code, name and validity {@code [validFrom, validTo)}. */
record HistoricUnit(long id, String code, String name, LocalDate validFrom, LocalDate validTo) {

    boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }

    Contribution contribution(double share) {
        return new Contribution(code, name, share);
    }
}
