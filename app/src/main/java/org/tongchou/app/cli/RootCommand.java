package org.tongchou.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "tongchou", mixinStandardHelpOptions = true, version = "tongchou 0.1",
        description = "Tongchou: coordinated urban-rural development as a measurable system.%n"
                + "Without a command, or with 'serve', starts the web application.%n"
                + "Results go to stdout; errors and one line per stage of long work to stderr; the log to "
                + "data/logs/tongchou.log under TONGCHOU_HOME.")
final class RootCommand implements Runnable {
    /** Read by {@link Launcher} before the application starts; declared here so that every command accepts it. */
    @Option(names = Launcher.VERBOSE, scope = ScopeType.INHERIT, defaultValue = "false",
            description = "also show the log on stderr as it is written")
    boolean verbose;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.err);
    }
}
