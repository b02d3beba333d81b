package org.tongchou.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Tongchou as the {@code tongchou} command: {@code serve} (or no command, or only Spring options)
 * starts the web application, any other first argument is a command run in a context without a web server.
 *
 * <p>What the terminal shows: a command's results on stdout, its errors and one line per stage of long work
 * on stderr; Spring Boot's, Flyway's and Tomcat's log lines go to the log file
 * ({@code $TONGCHOU_HOME/data/logs/tongchou.log}, rotated at 10 MB, seven days kept; {@code logging.file.name}
 * moves it), and so do Tongchou's own details. {@code --verbose}, anywhere on the line, shows the log on stderr
 * as it is written. The rule is in {@code logback-tongchou.xml}: this class only chooses its thresholds, so that
 * tests and anything else that starts the context without this class keep Spring Boot's console logging.
 */
public final class Launcher {
    /** The global option that raises the log to the terminal (also declared on {@link RootCommand} for --help). */
    static final String VERBOSE = "--verbose";
    static final String LOG_FILE = "${tongchou.home}/data/logs/tongchou.log";
    /** {@code serve} is no picocli command (its options are Spring Boot's): its help is written here. */
    static final String SERVE_USAGE = String.join(System.lineSeparator(),
            "Usage: tongchou serve [--demo] [--verbose] [--NAME=VALUE ...]",
            "Starts the web application, at http://localhost:8080/ unless --server.port=N says otherwise.",
            "      --demo         load the demo city 张家港市 into an empty database and show the demo",
            "                       accounts on the sign-in page",
            "      --verbose      also show the log on stderr as it is written",
            "      --NAME=VALUE   a Spring Boot setting, e.g. --server.port=8081 or",
            "                       --spring.profiles.active=postgres",
            "Prints one line per stage of the start on stderr and the address on stdout; the log goes to",
            "data/logs/tongchou.log under TONGCHOU_HOME.", "");

    private Launcher() {
    }

    /**
     * Runs the application with the command line's arguments; returns only for {@code serve}, whose web
     * server keeps the process alive. A command exits the process with its exit code ({@link ExitCodes}).
     */
    public static void launch(Class<?> application, String[] arguments) {
        boolean verbose = Arrays.asList(arguments).contains(VERBOSE);
        String[] args = Arrays.stream(arguments).filter(a -> !a.equals(VERBOSE)).toArray(String[]::new);
        if (isServe(args)) {
            String[] rest = args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
            if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
                System.out.print(SERVE_USAGE);
                return;
            }
            SpringApplication app = configured(application, verbose);
            app.addListeners(new ServeAnnouncement(System.out));
            try {
                app.run(translateServeOptions(rest));
            } catch (RuntimeException e) {
                System.exit(startFailure(e, System.err));
            }
            return;
        }
        if (args[0].equals("-h") || args[0].equals("help")) {
            // help needs the command list, which needs the context
            args = new String[] {"--help"};
        }
        SpringApplication app = configured(application, verbose);
        app.setWebApplicationType(WebApplicationType.NONE);
        String[] springArgs = Arrays.stream(args).filter(a -> a.startsWith("--spring.")).toArray(String[]::new);
        // --verbose goes on to picocli, which accepts it on every command (it is inherited from the root)
        String[] cliArgs = Stream.concat(Arrays.stream(args).filter(a -> !a.startsWith("--spring.")),
                verbose ? Stream.of(VERBOSE) : Stream.empty()).toArray(String[]::new);
        int code;
        try (ConfigurableApplicationContext ctx = app.run(springArgs)) {
            code = ctx.getBean(CommandLineRunner.class).run(cliArgs);
        } catch (RuntimeException e) {
            code = startFailure(e, System.err);
        }
        System.exit(code);
    }

    static boolean isServe(String[] args) {
        return args.length == 0 || args[0].equals("serve") || args[0].startsWith("--spring");
    }

    /**
     * The application with Tongchou's terminal logging: the log file, and which lines reach stderr
     * (the thresholds that {@code logback-tongchou.xml} reads). These are default properties, so that a
     * {@code --logging.file.name=...} or {@code --logging.config=...} given to {@code serve} still wins.
     */
    static SpringApplication configured(Class<?> application, boolean verbose) {
        SpringApplication app = new SpringApplication(application);
        app.setDefaultProperties(loggingProperties(verbose));
        return app;
    }

    static Map<String, Object> loggingProperties(boolean verbose) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("logging.config", "classpath:logback-tongchou.xml");
        p.put("logging.file.name", LOG_FILE);
        // without --verbose, stderr shows the lines marked Terminal.STAGE, in plain words; with it, every
        // line of the log in the log's format (stage lines included)
        p.put("tongchou.log.stage-threshold", verbose ? "OFF" : "TRACE");
        p.put("tongchou.log.verbose-threshold", verbose ? "TRACE" : "OFF");
        return p;
    }

    /**
     * The application context could not start (database unreachable, port taken, a bad setting): one
     * line naming the innermost cause on stderr, the whole story in the log file. Returns {@link ExitCodes#FAILURE}.
     */
    static int startFailure(Throwable e, PrintStream err) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        err.println("error: Tongchou could not start: " + message);
        err.println("(details in the log: " + System.getProperty("LOG_FILE", "data/logs/tongchou.log")
                + "; --verbose shows it here)");
        return ExitCodes.FAILURE;
    }

    /**
     * {@code --demo} on serve means: load the demo city if the database is empty, and show the demo
     * accounts on the sign-in page.
     */
    static String[] translateServeOptions(String[] args) {
        return Arrays.stream(args)
                .flatMap(a -> a.equals("--demo")
                        ? Stream.of("--tongchou.demo.load-if-empty=true", "--tongchou.demo.accounts-visible=true")
                        : Stream.of(a))
                .toArray(String[]::new);
    }
}
