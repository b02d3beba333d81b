package org.tongchou.app.web;

/**
 * The signed-in user as the layout, the home page and the error pages show them. The security
 * module's user record implements it, so that the web layer names no feature's type.
 */
public interface PageUser {
    String username();

    String displayName();

    /** The user's role (a constant of the security module's {@code Role}); its label is {@code role.<name>}. */
    Enum<?> role();

    /** The code of the unit a scoped user works for, or null. */
    String scopeUnit();
}
