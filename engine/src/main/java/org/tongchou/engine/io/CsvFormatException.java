package org.tongchou.engine.io;

import java.util.List;
import java.util.stream.Collectors;
import org.tongchou.engine.data.EngineInputException;

/**
 * A CSV file that was checked whole and refused; {@link #problems()} lists every problem found, each with
 * file, line and column. The message lists the first {@value #LISTED} and counts the rest.
 */
public class CsvFormatException extends EngineInputException {
    /** At most this many problems are spelled out in the message (all are in {@link #problems()}). */
    public static final int LISTED = 1000;

    private final List<CsvProblem> problems;

    /** @param problems every problem found, in file order; at least one */
    public CsvFormatException(List<CsvProblem> problems) {
        super(problems.size() + " problem(s) in CSV input:\n"
                + problems.stream().limit(LISTED).map(CsvProblem::toString).collect(Collectors.joining("\n"))
                + (problems.size() > LISTED ? "\n... and " + (problems.size() - LISTED) + " more" : ""));
        if (problems.isEmpty()) throw new IllegalArgumentException("a refused file has at least one problem");
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem, in the order found.
     *
     * @return the problems, at least one
     */
    public List<CsvProblem> problems() {
        return problems;
    }
}
