package org.tongchou.app.evaluation;

/** No run has this id. */
public class UnknownRunException extends RuntimeException {
    public UnknownRunException(long id) {
        super("no evaluation run has id " + id);
    }
}
