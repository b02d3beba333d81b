package org.tongchou.app.indicators;

import java.util.List;

/** An indicator or framework definition that is refused; the message names every bad node. */
class IndicatorDefinitionException extends IllegalArgumentException {
    private final List<String> problems;

    IndicatorDefinitionException(String problem) {
        this(List.of(problem));
    }

    IndicatorDefinitionException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem on its own, naming the node or indicator concerned. */
    public List<String> problems() {
        return problems;
    }
}
