package org.tongchou.app.cli;

import java.util.concurrent.Callable;

/**
 * A subcommand of the {@code tongchou} command line. Implementations are Spring beans annotated with
 * picocli's {@code @Command(name = ...)}; {@link CommandLineRunner} finds them all. {@code call()}
 * returns the exit code ({@link ExitCodes}): 0 done, non-zero with the reason written to stderr. An exception
 * it lets through is mapped in one place ({@link CommandLineRunner}): a refusal of the input (the app's
 * {@code web.Refusal}, the engine's {@code EngineInputException}) exits 1 with its message, anything else
 * (a bug) exits 3 with its stack trace on stderr.
 */
public interface CliCommand extends Callable<Integer> {
}
