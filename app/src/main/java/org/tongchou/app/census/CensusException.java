package org.tongchou.app.census;

import java.util.List;

/** A census or crosswalk file that cannot be used, with every problem found in it. */
class CensusException extends RuntimeException {
    private final List<String> problems;

    CensusException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
