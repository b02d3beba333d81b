package org.tongchou.app.cli;

import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Tells whoever ran {@code tongchou serve} that it is starting (a stage line, once the log file is known)
 * and, once it is ready (after start-up work such as loading the demo city), where it answers: the one
 * result of {@code serve}, so on stdout, and in the log file. Added by {@link Launcher} only, so that tests
 * starting web servers print nothing.
 */
final class ServeAnnouncement implements ApplicationListener<SpringApplicationEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeAnnouncement.class);
    private final PrintStream out;

    ServeAnnouncement(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        // the environment is prepared after Spring Boot has set up logging (its listener comes first)
        if (event instanceof ApplicationEnvironmentPreparedEvent) {
            LOG.info(Terminal.STAGE, "starting Tongchou (log: {})", System.getProperty("LOG_FILE", "none"));
        } else if (event instanceof ApplicationReadyEvent ready
                && ready.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            String url = url(ready.getApplicationContext().getEnvironment(), web.getWebServer().getPort());
            LOG.info("listening at {}", url);
            out.println("Tongchou is running at " + url + " (Ctrl+C stops it)");
            out.flush();
        }
    }

    /** The address a browser on this machine opens: localhost unless server.address names another. */
    static String url(Environment env, int port) {
        String scheme = env.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
        String host = env.getProperty("server.address", "localhost");
        if (host.equals("0.0.0.0") || host.equals("::")) host = "localhost";
        if (host.contains(":")) host = "[" + host + "]";
        String path = env.getProperty("server.servlet.context-path", "");
        return scheme + "://" + host + ":" + port + (path.endsWith("/") ? path : path + "/");
    }
}
