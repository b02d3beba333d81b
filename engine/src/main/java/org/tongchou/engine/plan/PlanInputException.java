package org.tongchou.engine.plan;

import java.util.List;
import org.tongchou.engine.data.InvalidInputException;

/**
 * A plan, or the data given to it, that cannot be evaluated: every problem found is listed at once,
 * each naming the node, indicator or unit concerned.
 */
public class PlanInputException extends InvalidInputException {
    private final transient List<String> problems;

    /**
     * @param what     what was checked (e.g. {@code plan 'default'})
     * @param problems one sentence per problem, at least one
     */
    public PlanInputException(String what, List<String> problems) {
        super(what + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, one sentence each.
     *
     * @return the problems, at least one
     */
    public List<String> problems() {
        return problems;
    }
}
