package org.tongchou.app.cli;

import java.util.List;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** Builds the picocli command tree from every {@link CliCommand} bean and runs it. */
@Component
public class CommandLineRunner {
    private final List<CliCommand> commands;

    public CommandLineRunner(List<CliCommand> commands) {
        this.commands = commands;
    }

    public CommandLine commandLine() {
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
