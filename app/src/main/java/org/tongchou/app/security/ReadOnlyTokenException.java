package org.tongchou.app.security;

import org.tongchou.app.web.Forbidden;

/** A read-only API token sent with a request that would change something. Answered 403. */
final class ReadOnlyTokenException extends Forbidden {
    ReadOnlyTokenException(String method, String path) {
        super("this API token is read-only: it may not " + method + " " + path);
    }
}
