package org.tongchou.engine.robustness;

import org.tongchou.engine.data.EngineException;

/** The model failed in a replication of a Monte Carlo run. */
public class MonteCarloException extends EngineException {
    public MonteCarloException(String message, Throwable cause) {
        super(message, cause);
    }
}
