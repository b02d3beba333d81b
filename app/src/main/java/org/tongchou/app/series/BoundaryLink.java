package org.tongchou.app.series;

import java.time.LocalDate;

/**
 * One edge of a boundary change: {@code share} of unit {@code fromId}'s additive quantities went to
 * unit {@code toId} on {@code date}. A merge gives share 1 from every predecessor; a split gives each
 * successor its share (the shares of one predecessor sum to 1); a rename or re-code stored as a new
 * unit is a single edge with share 1.
 */
record BoundaryLink(long fromId, long toId, double share, LocalDate date) {
}
