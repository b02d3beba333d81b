package org.tongchou.engine.data;

/**
 * Base of every exception the engine throws on input it refuses: a data value it cannot use, a missing
 * value under {@link MissingPolicy#FAIL}, an argument outside what a method accepts, a CSV file that is
 * unreadable or malformed. The message names the bad value and where it came from (unit, indicator,
 * argument, or file, line and column), so that it can be shown to the user as it is; the command line
 * prints it and exits with code 1.
 *
 * <p>Anything else the engine throws ({@link IllegalStateException}, {@link ArrayIndexOutOfBoundsException},
 * {@link NullPointerException}, ...) is a bug, never a verdict on the input, and callers must not turn it
 * into a message for users or a missing result.
 *
 * <p>Subtypes: {@link InvalidInputException} (input refused; with {@link InvalidArgumentException} for a
 * method's argument and {@link InvalidValueException} for a data value), {@link MissingValueException},
 * {@code org.tongchou.engine.io.CsvFormatException} (every problem of a file) and
 * {@code org.tongchou.engine.robustness.MonteCarloException} (a replication whose model refused its input).
 */
public class EngineInputException extends RuntimeException {
    /** @param message what was refused, naming the value and where it came from */
    public EngineInputException(String message) {
        super(message);
    }

    /**
     * @param message what was refused, naming the value and where it came from
     * @param cause   the refusal (or I/O failure) underneath
     */
    public EngineInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
