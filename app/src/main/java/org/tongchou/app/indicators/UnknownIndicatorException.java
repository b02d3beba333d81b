package org.tongchou.app.indicators;

/** An indicator code that is not in the framework. */
public class UnknownIndicatorException extends IllegalArgumentException {
    private final String code;

    public UnknownIndicatorException(String code) {
        super("unknown indicator '" + code + "'");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
