package org.tongchou.app.indicators;

import org.tongchou.app.web.BadInput;

/** An indicator code that is not in the framework. Answered 400 (a request naming it). */
public class UnknownIndicatorException extends BadInput {
    private final String code;

    public UnknownIndicatorException(String code) {
        super("unknown indicator '" + code + "'");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
