package org.tongchou.app.security;

import org.springframework.security.access.AccessDeniedException;

/** The signed-in user may not read (or write) this unit. Answered with 403. */
public class OutOfScopeException extends AccessDeniedException {
    private final String unitCode;

    public OutOfScopeException(String username, String unitCode, boolean write) {
        super("user '" + username + "' may not " + (write ? "change" : "read") + " unit " + unitCode);
        this.unitCode = unitCode;
    }

    public String unitCode() {
        return unitCode;
    }
}
