package org.tongchou.app.map;

import java.util.List;

/** What a boundary upload stored: the codes of the units that received a geometry, in file order. */
public record BoundaryImportResult(String file, List<String> unitCodes) {
}
