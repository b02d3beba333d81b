package org.tongchou.engine.cli;

import java.util.Set;
import org.tongchou.engine.data.Dataset;
import picocli.CommandLine.Mixin;

/**
 * A subcommand that reads one input table ({@link TableInput}), computes and writes one output table
 * ({@link OutputOption}): the common case, so that each command only says what it computes.
 */
public abstract class TableCommand extends EngineCommand {
    /** The input table and its options. */
    @Mixin
    protected final TableInput in = new TableInput();
    /** Where the output table goes. */
    @Mixin
    protected final OutputOption out = new OutputOption();

    @Override
    protected final void run() throws Exception {
        OutputTable result = compute(readInput());
        writeCsv(out.file(), result.header(), result.rows());
    }

    /**
     * The input as a dataset; by default with {@code --groups} and {@link #alsoGroups()}.
     *
     * @return the dataset
     */
    protected Dataset readInput() {
        return in.read(alsoGroups());
    }

    /**
     * Text columns the command needs as groupings besides {@code --groups}.
     *
     * @return the column names (none by default)
     */
    protected Set<String> alsoGroups() {
        return Set.of();
    }

    /**
     * Computes the output table from the input (nothing is written before it returns).
     *
     * @param data the input
     * @return the output table
     * @throws Exception whatever the computation lets through; {@link EngineCli} maps it to an exit code
     */
    protected abstract OutputTable compute(Dataset data) throws Exception;
}
