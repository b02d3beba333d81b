package org.tongchou.engine.data;

/** Base of every exception the engine throws on bad input; the message names the bad value and where it is. */
public class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
