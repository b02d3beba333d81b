package org.tongchou.app.cli;

import java.util.concurrent.Callable;

/**
 * A subcommand of the {@code tongchou} command line. Implementations are Spring beans annotated with
 * picocli's {@code @Command(name = ...)}; {@link CommandLineRunner} finds them all. {@code call()}
 * returns the exit code: 0 done, non-zero with the reason written to stderr.
 */
public interface CliCommand extends Callable<Integer> {
}
