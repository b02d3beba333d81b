package org.tongchou.app.security;

import org.tongchou.app.web.Forbidden;
import org.tongchou.app.web.ProblemTypes;

/** The signed-in user may not read (or write) this unit. Answered with 403 and the out-of-scope problem type. */
class OutOfScopeException extends Forbidden {
    private final String unitCode;

    OutOfScopeException(String username, String unitCode, boolean write) {
        super(ProblemTypes.OUT_OF_SCOPE, "user '" + username + "' may not " + (write ? "change" : "read") + " unit " + unitCode, null);
        this.unitCode = unitCode;
    }

    public String unitCode() {
        return unitCode;
    }
}
