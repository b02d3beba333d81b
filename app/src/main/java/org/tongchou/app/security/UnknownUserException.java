package org.tongchou.app.security;

/** No user has this username. */
public class UnknownUserException extends RuntimeException {
    public UnknownUserException(String username) {
        super("no user named '" + username + "'");
    }
}
