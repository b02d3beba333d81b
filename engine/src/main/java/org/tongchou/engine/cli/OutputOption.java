package org.tongchou.engine.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a subcommand writes its table: {@code -o FILE} or standard output. A file is written to a
 * temporary sibling and moved into place, so a failed run never leaves half a file.
 */
public final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "OUT.csv", description = "Output file (default: standard output).")
    Path output;

    /**
     * The output file, or null for standard output.
     *
     * @return the file, or null for standard output
     */
    public Path file() {
        return output;
    }
}
