package org.tongchou.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.tongchou.app.cli.Launcher;

/**
 * Entry point. {@code tongchou} or {@code tongchou serve [--demo] [spring options]} starts the web
 * application; any other first argument is a command-line command run in a context without a web
 * server, whose exit code becomes the process's. What reaches the terminal and what the log file:
 * {@link Launcher}.
 */
@SpringBootApplication
public class TongchouApplication {

    public static void main(String[] args) {
        Launcher.launch(TongchouApplication.class, args);
    }
}
