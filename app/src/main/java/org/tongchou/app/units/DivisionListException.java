package org.tongchou.app.units;

import java.util.List;
import java.util.stream.Collectors;
import org.tongchou.engine.io.CsvProblem;

/** A code list that cannot be used; lists every problem found (file, line, column). */
public class DivisionListException extends RuntimeException {
    private final List<CsvProblem> problems;

    public DivisionListException(List<CsvProblem> problems) {
        super(problems.size() + " problem(s) in the code list:\n  " + problems.stream().limit(50)
                .map(CsvProblem::toString).collect(Collectors.joining("\n  "))
                + (problems.size() > 50 ? "\n  ... and " + (problems.size() - 50) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    public DivisionListException(String message) {
        super(message);
        this.problems = List.of();
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
