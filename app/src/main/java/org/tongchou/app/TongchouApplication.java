package org.tongchou.app;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.app.cli.CommandLineRunner;

/**
 * Entry point. {@code tongchou} or {@code tongchou serve [--demo] [spring options]} starts the web
 * application; any other first argument is a command-line command run in a context without a web
 * server, whose exit code becomes the process's.
 */
@SpringBootApplication
public class TongchouApplication {

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("serve") || args[0].startsWith("--spring")) {
            String[] rest = args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
            SpringApplication app = new SpringApplication(TongchouApplication.class);
            app.run(translateServeOptions(rest));
            return;
        }
        if (args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            // help needs the command list, which needs the context
            args = new String[] {"--help"};
        }
        SpringApplication app = new SpringApplication(TongchouApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        String[] springArgs = Arrays.stream(args).filter(a -> a.startsWith("--spring.")).toArray(String[]::new);
        String[] cliArgs = Arrays.stream(args).filter(a -> !a.startsWith("--spring.")).toArray(String[]::new);
        int code;
        try (ConfigurableApplicationContext ctx = app.run(springArgs)) {
            code = ctx.getBean(CommandLineRunner.class).run(cliArgs);
        }
        System.exit(code);
    }

    /**
     * {@code --demo} on serve means: load the demo city if the database is empty, and show the demo
     * accounts on the sign-in page.
     */
    static String[] translateServeOptions(String[] args) {
        return Arrays.stream(args)
                .flatMap(a -> a.equals("--demo")
                        ? java.util.stream.Stream.of("--tongchou.demo.load-if-empty=true", "--tongchou.demo.accounts-visible=true")
                        : java.util.stream.Stream.of(a))
                .toArray(String[]::new);
    }
}
