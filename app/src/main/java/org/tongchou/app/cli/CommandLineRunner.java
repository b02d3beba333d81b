package org.tongchou.app.cli;

import java.util.List;
import org.springframework.stereotype.Component;
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
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex.getMessage());
            return ExitCodes.FAILURE;
        });
        return cl;
    }

    public int run(String... args) {
        return commandLine().execute(args);
    }
}
