package org.tongchou.app.security;

import org.tongchou.app.web.NotFound;

/** No user has this username. Answered with 404. */
class UnknownUserException extends NotFound {
    UnknownUserException(String username) {
        super("no user named '" + username + "'");
    }
}
