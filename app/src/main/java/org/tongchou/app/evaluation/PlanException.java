package org.tongchou.app.evaluation;

import java.util.List;
import org.tongchou.app.web.Unprocessable;

/** A plan that cannot be run or saved as it is; lists every problem found. Answered 422. */
class PlanException extends Unprocessable {
    private final transient List<String> problems;

    PlanException(String planCode, List<String> problems) {
        super("evaluation plan '" + planCode + "': " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
