package org.tongchou.app.map;

import java.util.List;

/** A boundary file that is refused as a whole; {@link #problems()} names every bad feature and why. */
class BoundaryFileException extends IllegalArgumentException {
    private final List<String> problems;

    BoundaryFileException(String file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
