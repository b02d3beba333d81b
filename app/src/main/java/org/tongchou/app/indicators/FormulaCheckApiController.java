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
        FormulaCheck.Result r = check.check(request.code() == null ? "new_indicator" : request.code(), request.formula());
        return new Answer(r.code(), r.formula(), r.valid(), r.references(), r.problems());
    }
}
