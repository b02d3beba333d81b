package org.tongchou.engine.cli;

import org.tongchou.engine.data.MissingPolicy;
import picocli.CommandLine.Option;

/** {@code --missing}: what a method does with a missing value (no silent default: FAIL unless told). */
public final class MissingOption {
    @Option(names = "--missing", defaultValue = "FAIL", paramLabel = "POLICY",
            description = "Missing values: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    MissingPolicy missing;

    /**
     * The missing-value policy chosen with {@code --missing}.
     *
     * @return the policy
     */
    public MissingPolicy policy() {
        return missing;
    }
}
