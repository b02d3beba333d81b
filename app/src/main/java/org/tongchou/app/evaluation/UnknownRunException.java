package org.tongchou.app.evaluation;

/** No run has this id. */
class UnknownRunException extends RuntimeException {
    UnknownRunException(long id) {
        super("no evaluation run has id " + id);
    }
}
