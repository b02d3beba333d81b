package org.tongchou.engine.robustness;

import org.tongchou.engine.data.EngineInputException;

/**
 * The model refused the input of a replication of a Monte Carlo run; the message names the replication and
 * its assumption values, the cause is the model's {@link EngineInputException}.
 */
public class MonteCarloException extends EngineInputException {
    /**
     * @param message the replication and its assumption values, with the model's message
     * @param cause   the model's refusal
     */
    public MonteCarloException(String message, EngineInputException cause) {
        super(message, cause);
    }
}
