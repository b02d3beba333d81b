package org.tongchou.app.evaluation;

import org.tongchou.app.web.NotFound;

/** No run has this id. Answered 404. */
class UnknownRunException extends NotFound {
    UnknownRunException(long id) {
        super("no evaluation run has id " + id);
    }
}
