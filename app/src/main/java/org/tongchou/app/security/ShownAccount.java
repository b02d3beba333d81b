package org.tongchou.app.security;

/** An account whose password the sign-in page shows, for trying the application (a demo installation's). */
public interface ShownAccount {
    String username();

    String password();

    Role role();

    /** The name of the unit a scoped account works for, or null. */
    String scopeName();
}
