package org.tongchou.app.cli;

import picocli.CommandLine.Command;

@Command(name = "tongchou", mixinStandardHelpOptions = true, version = "tongchou 0.1",
        description = "Tongchou: coordinated urban-rural development as a measurable system.%n"
                + "Without a command, or with 'serve', starts the web application.")
final class RootCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.err);
    }
}
