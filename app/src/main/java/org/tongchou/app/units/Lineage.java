package org.tongchou.app.units;

import java.util.List;

/**
 * A unit's history through change events, followed transitively: every version it came from
 * ({@code predecessors}, nearest first) and every version it went to ({@code successors}, nearest
 * first), with the events that link them (in date order).
 */
public record Lineage(AdminUnit unit, List<AdminUnit> predecessors, List<AdminUnit> successors,
                      List<ChangeEvent> events) {
}
