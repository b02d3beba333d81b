package org.tongchou.app.security;

import org.tongchou.app.web.Forbidden;

/**
 * A request authenticated by an API token tried to create or revoke tokens: only a signed-in person
 * does that, so that a leaked token cannot make itself new ones. Answered 403.
 */
final class TokenManagementDeniedException extends Forbidden {
    TokenManagementDeniedException() {
        super("API tokens are managed by a signed-in user (page /account, or the API in a signed-in session), "
                + "not with an API token");
    }
}
