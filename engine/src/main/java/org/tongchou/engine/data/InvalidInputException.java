package org.tongchou.engine.data;

/** An argument outside what a method accepts (wrong length, negative weight, empty input ...). */
public class InvalidInputException extends EngineException {
    public InvalidInputException(String message) {
        super(message);
    }
}
