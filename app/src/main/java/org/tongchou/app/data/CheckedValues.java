package org.tongchou.app.data;

import java.util.List;
import org.tongchou.app.periods.Period;

/**
 * A file read and checked by {@link DataImportService#check}: its good values, or every problem found
 * (then no value is listed, so that a caller cannot write half a file).
 *
 * @param problemCount all problems found; {@code problems} lists the first {@link DataImportService#MAX_PROBLEMS}
 */
public record CheckedValues(String source, List<Value> values, List<ImportProblem> problems, long problemCount) {
    public CheckedValues {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problemCount == 0;
    }

    /** One value of the file: its row (1-based, the header is row 1), the unit's id and code, indicator, period, value and comment. */
    public record Value(long row, long unitId, String unitCode, String indicator, Period period, double value, String comment) {
    }
}
