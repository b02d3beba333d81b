package org.tongchou.app.web.units;

import java.util.List;
import org.tongchou.app.units.AdminUnit;

/** A unit as its page and API show it: the unit, its ancestors (top first) and its current children. */
public record UnitView(AdminUnit unit, List<AdminUnit> ancestors, List<AdminUnit> children) {
}
