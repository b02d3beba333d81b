package org.tongchou.app.units;

import java.nio.file.Path;
import java.util.List;

/** A change proposal that cannot be applied; lists every problem found, each naming the change. */
class ProposalException extends RuntimeException {
    private final List<String> problems;

    ProposalException(Path file, List<String> problems) {
        super(problems.size() + " problem(s) in " + file + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Problems found while applying a proposal (nothing was written). */
    ProposalException(String context, List<String> problems) {
        super(problems.size() + " problem(s) " + context + ", nothing written:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** A problem at a place of a proposal (its file, a change of it): "PLACE: PROBLEM". */
    static ProposalException in(String place, String problem) {
        return new ProposalException(place + ": " + problem);
    }

    ProposalException(String message) {
        super(message);
        this.problems = List.of(message);
    }

    public List<String> problems() {
        return problems;
    }
}
