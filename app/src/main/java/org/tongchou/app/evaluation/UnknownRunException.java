package org.tongchou.app.evaluation;

import org.tongchou.app.web.NotFound;

/** No run has this id, or none the caller may see (an unpublished run to leaders and reporters). Answered 404, as if it did not exist. */
class UnknownRunException extends NotFound {
    UnknownRunException(long id) {
        super("no evaluation run has id " + id);
    }
}
