package org.tongchou.app.map;

import java.util.List;
import java.util.Map;
import org.tongchou.app.web.BadInput;
import org.tongchou.app.web.ProblemTypes;

/** A boundary file refused, with every problem found; nothing was stored. Answered 400 listing them in {@code errors}. */
class BoundaryFileException extends BadInput {
    private final List<String> problems;

    BoundaryFileException(String file, List<String> problems) {
        super(ProblemTypes.VALIDATION, file + ": " + String.join("; ", problems), null);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    @Override
    public String title() {
        return "Boundary file refused";
    }

    @Override
    public String detail(org.springframework.context.MessageSource messages, java.util.Locale locale) {
        return problems.size() + " problem(s) in the boundary file; nothing was stored";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", problems);
    }
}
