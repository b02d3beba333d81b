package org.tongchou.engine.data;

/**
 * Input a method refuses: data that do not fit what it needs (a framework indicator absent from the data,
 * a duplicate unit, an inconsistent comparison matrix ...). The message names what is wrong and where.
 * The more specific {@link InvalidArgumentException} names an argument, {@link InvalidValueException} a
 * unit, an indicator and a value.
 */
public class InvalidInputException extends EngineInputException {
    /** @param message what was refused, naming the value and where it came from */
    public InvalidInputException(String message) {
        super(message);
    }

    /**
     * @param message what was refused, naming the value and where it came from
     * @param cause   the refusal underneath
     */
    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
