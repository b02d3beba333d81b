package org.tongchou.app.data;

import org.tongchou.app.web.Conflict;

/**
 * A change to an approved (locked) value, or a status transition the workflow does not allow.
 * Answered 409 (message {@code data.locked} in the request's language).
 */
class DataLockedException extends Conflict {
    DataLockedException(String message) {
        super(message, "data.locked", message);
    }
}
