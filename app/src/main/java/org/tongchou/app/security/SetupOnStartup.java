package org.tongchou.app.security;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At the start of the web application, when the installation has no administrator (and is no demo
 * start, which makes its own accounts): prints a one-time setup code and how to use it on the
 * console, for the person who started the server. The code goes to the console only, never to the
 * log.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SetupOnStartup {
    private static final Logger LOG = LoggerFactory.getLogger(SetupOnStartup.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private final FirstAdministrator first;
    private final Environment environment;
    private final boolean demoStart;

    SetupOnStartup(FirstAdministrator first, Environment environment,
            @Value("${tongchou.demo.load-if-empty:false}") boolean demoStart) {
        this.first = first;
        this.environment = environment;
        this.demoStart = demoStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (demoStart) return;
        first.issueIfNeeded().ifPresent(code -> {
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            print(System.out, code, port);
            LOG.warn("no administrator yet: a one-time setup code was printed on the console (valid until {})",
                    TIME.format(code.expiresAt()));
        });
    }

    static void print(PrintStream out, FirstAdministrator.Code code, String port) {
        out.println();
        out.println("Tongchou has no administrator yet. Create the first one, either");
        out.println("  in a browser: http://localhost:" + port + "/setup  with the one-time setup code");
        out.println();
        out.println("      " + code.code());
        out.println();
        out.println("    (it works once, until " + TIME.format(code.expiresAt()) + " Beijing time; a restart prints a new one)");
        out.println("  or on this server: ./tongchou users create-admin NAME   (asks for the password)");
        out.println();
        out.flush();
    }
}
