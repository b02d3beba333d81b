package org.tongchou.engine.io;

import java.util.List;
import java.util.stream.Collectors;
import org.tongchou.engine.data.EngineException;

/** A CSV file that was checked whole and refused; {@link #problems()} lists every problem found. */
public class CsvFormatException extends EngineException {
    private final List<CsvProblem> problems;

    public CsvFormatException(List<CsvProblem> problems) {
        super(problems.size() + " problem(s) in CSV input:\n"
                + problems.stream().limit(50).map(CsvProblem::toString).collect(Collectors.joining("\n"))
                + (problems.size() > 50 ? "\n... and " + (problems.size() - 50) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
