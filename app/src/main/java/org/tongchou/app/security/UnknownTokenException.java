package org.tongchou.app.security;

import org.tongchou.app.web.NotFound;

/** The user has no API token with this id. Answered 404. */
class UnknownTokenException extends NotFound {
    UnknownTokenException(String username, long id) {
        super("user '" + username + "' has no API token " + id);
    }
}
