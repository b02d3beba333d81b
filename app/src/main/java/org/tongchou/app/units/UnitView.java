package org.tongchou.app.units;

import java.util.List;

/** A unit as its page and API show it: the unit, its ancestors (top first) and its current children. */
record UnitView(AdminUnit unit, List<AdminUnit> ancestors, List<AdminUnit> children) {
}
