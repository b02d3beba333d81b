package org.tongchou.app.map;

import java.util.List;
import java.util.Map;
import org.tongchou.app.web.BadInput;
import org.tongchou.app.web.ProblemTypes;

/** A boundary file refused, with every problem found; nothing was stored. Answered 400 listing them in {@code errors}. */
class BoundaryFileException extends BadInput {
    private final List<String> problems;

    /** At most this many problems are listed (all are counted). */
    static final int MAX_LISTED = 1000;
    private final int count;

    BoundaryFileException(String file, List<String> problems) {
        super(ProblemTypes.VALIDATION, MapService.clip(file) + ": " + String.join("; ", problems.subList(0, Math.min(problems.size(), 20)))
                + (problems.size() > 20 ? "; … " + (problems.size() - 20) + " more" : ""), null);
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_LISTED)));
        this.count = problems.size();
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
        return count + " problem(s) in the boundary file; nothing was stored";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", problems, "errorCount", count);
    }
}
