package org.tongchou.app.series;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the series algorithm needs to know about units and their change events. */
interface BoundaryHistory {

    /** The unit with this code valid on {@code day}, or else the most recent unit that ever had the code. */
    Optional<HistoricUnit> unitByCode(String code, LocalDate day);

    HistoricUnit unit(long id);

    /** Edges whose successor is the unit (how it came into being). */
    List<BoundaryLink> linksInto(long unitId);

    /** Edges whose predecessor is the unit (where it went). */
    List<BoundaryLink> linksOutOf(long unitId);
}
