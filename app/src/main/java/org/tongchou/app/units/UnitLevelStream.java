package org.tongchou.app.units;

import java.util.Arrays;
import java.util.stream.Stream;

/** Streams a list's entries level by level, provinces first. */
final class UnitLevelStream {
    private UnitLevelStream() {
    }

    static Stream<DivisionEntry> all(DivisionList list) {
        return Arrays.stream(UnitLevel.values()).flatMap(l -> list.level(l).stream());
    }
}
