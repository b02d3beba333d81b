package org.tongchou.app.indicators;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/admin/indicators/formula-check}: the formula check as JSON (ADMIN and ANALYST). */
@RestController
class FormulaCheckApiController {
    private final FormulaCheck check;

    FormulaCheckApiController(FormulaCheck check) {
        this.check = check;
    }

    record Request(String code, String formula) {
    }

    record Answer(String code, String formula, boolean valid, java.util.Set<String> references, java.util.List<String> problems) {
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/api/admin/indicators/formula-check")
    Answer check(@RequestBody Request request) {
        String bad = Indicator.textProblem("formula", request.formula(), 2000);
        if (bad == null && request.code() != null && request.code().length() > 64) bad = "'code' has " + request.code().length() + " characters; at most 64";
        if (bad != null) throw new org.tongchou.app.web.BadInput(bad);
        FormulaCheck.Result r = check.check(request.code() == null ? "new_indicator" : request.code(), request.formula());
        return new Answer(r.code(), r.formula(), r.valid(), r.references(), r.problems());
    }
}
