package org.tongchou.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongchou.app.web.Refusal;
import org.tongchou.engine.data.EngineInputException;
import picocli.CommandLine;

/**
 * Builds the picocli command tree from every {@link CliCommand} bean and runs it.
 *
 * <p>The tree is built once. The command beans are singletons, and picocli records each option's
 * initial value when the tree is built and resets options to it before every parse; a tree built anew
 * for each run would instead take the previous run's values as the defaults of the next.
 */
@Component
public class CommandLineRunner {
    private final List<CliCommand> commands;
    private CommandLine tree;

    public CommandLineRunner(List<CliCommand> commands) {
        this.commands = commands;
    }

    public synchronized CommandLine commandLine() {
        if (tree == null) tree = build();
        return tree;
    }

    private CommandLine build() {
        CommandLine cl = new CommandLine(new RootCommand());
        for (CliCommand c : commands) {
            cl.addSubcommand(c);
        }
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> exitCode(ex, commandLine.getErr()));
        return cl;
    }

    /**
     * The exit code for an exception that a command let through, after reporting it on stderr, as the engine's
     * command line does ({@code EngineCli}): a refusal of the user's input (the application's {@link Refusal}, the
     * engine's {@link EngineInputException}) is its message alone and exit code {@link ExitCodes#BAD_INPUT}; anything
     * else is a bug or a failure of the machine, shown with its stack trace, exit code {@link ExitCodes#FAILURE}.
     */
    static int exitCode(Throwable ex, PrintWriter err) {
        Throwable shown = ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
        if (shown instanceof Refusal || shown instanceof EngineInputException) {
            err.println("error: " + shown.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("error: " + shown);
        shown.printStackTrace(err);
        err.flush();
        return ExitCodes.FAILURE;
    }

    /**
     * Runs a command line and returns its exit code: 0 done, 1 input refused, 2 bad usage, 3 anything else (an
     * {@link Error} too, which picocli would let through, with its stack trace on stderr).
     */
    public int run(String... args) {
        CommandLine cl = commandLine();
        try {
            return cl.execute(args);
        } catch (Error e) {
            return exitCode(e, cl.getErr());
        }
    }
}
