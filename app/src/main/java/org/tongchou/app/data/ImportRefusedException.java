package org.tongchou.app.data;

import java.net.URI;
import java.util.Map;
import org.tongchou.app.web.Unprocessable;

/**
 * A value import refused after checking the whole file: answered 422 with every problem's row and
 * column ({@code problems}, at most the advice's maximum) and their number ({@code problemCount});
 * nothing was written.
 */
class ImportRefusedException extends Unprocessable {
    static final URI TYPE = URI.create("tag:tongchou.org,2026:problem/import-refused");
    private final transient ImportReport report;

    ImportRefusedException(ImportReport report) {
        super(TYPE, report.summary(), null);
        this.report = report;
    }

    @Override
    public String title() {
        return "Import refused";
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("problemCount", report.problemCount(), "problems", report.problems());
    }
}
