package org.tongchou.app.targets;

import java.net.URI;
import java.util.Map;
import org.tongchou.app.web.Unprocessable;

/**
 * A target import refused after checking the whole file: answered 422 with every problem's row and
 * column ({@code problems}) and their number ({@code problemCount}); nothing was written.
 */
class TargetImportRefusedException extends Unprocessable {
    static final URI TYPE = URI.create("tag:tongchou.org,2026:problem/targets-import-refused");
    private final transient TargetProposals.ImportOutcome outcome;

    TargetImportRefusedException(TargetProposals.ImportOutcome outcome) {
        super(TYPE, outcome.source() + ": refused, " + outcome.problemCount() + " problem(s); nothing written", null);
        this.outcome = outcome;
    }

    @Override
    public String title() {
        return "Import refused";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("problemCount", outcome.problemCount(), "problems", outcome.problems());
    }
}
