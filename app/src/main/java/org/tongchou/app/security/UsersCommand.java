package org.tongchou.app.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.web.FieldProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tongchou users create-admin NAME | unlock NAME | list}: user administration on the server,
 * for what must work before anyone can sign in (the first administrator) or when nobody can (every
 * administrator locked out). A password is never a command-line argument (it would stay in the shell's
 * history and show in the process list): it is typed twice without echo, or read from the first line
 * of {@code --password-file} ({@code -} for standard input).
 */
@Component
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Users on the server's command line.",
                "  users create-admin NAME [--display-name TEXT] [--password-file FILE|-]",
                "      an administrator (the first one of a fresh installation); the password is typed twice",
                "      without echo, or read from the first line of FILE (- for standard input)",
                "  users unlock NAME    unlock an account locked after repeated failed sign-ins",
                "  users list           every user with role, scope and status"})
class UsersCommand implements CliCommand {
    private final FirstAdministrator first;
    private final UserService users;
    private final SignInThrottle throttle;

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "create-admin|unlock|list")
    String action;
    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", defaultValue = Option.NULL_VALUE)
    String name;
    @Option(names = "--display-name", paramLabel = "TEXT", defaultValue = Option.NULL_VALUE,
            description = "the administrator's name as pages show it (default: NAME)")
    String displayName;
    @Option(names = "--password-file", paramLabel = "FILE", defaultValue = Option.NULL_VALUE,
            description = "read the password from the first line of FILE (- for standard input) instead of the terminal")
    String passwordFile;

    UsersCommand(FirstAdministrator first, UserService users, SignInThrottle throttle) {
        this.first = first;
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            switch (action) {
                case "create-admin" -> {
                    if (name == null) return usage(err, "users create-admin needs a NAME");
                    String password = password(err);
                    if (password == null) return ExitCodes.USAGE;
                    AppUser admin = first.createFromCommandLine(name, displayName == null ? name : displayName, password);
                    out.println("created administrator " + admin.username() + ": sign in at /login");
                }
                case "unlock" -> {
                    if (name == null) return usage(err, "users unlock needs a NAME");
                    users.get(name);
                    out.println(throttle.unlock(name, "command line") ? "unlocked " + name : name + " was not locked");
                }
                case "list" -> {
                    for (AppUser u : users.list()) {
                        out.printf("%-24s %-9s %-13s %s%n", u.username(), u.role(), u.scopeUnit() == null ? "-" : u.scopeUnit(),
                                u.enabled() ? "enabled" : "disabled");
                    }
                }
                default -> {
                    return usage(err, "the action must be create-admin, unlock or list, not '" + action + "'");
                }
            }
            out.flush();
            return ExitCodes.OK;
        } catch (InvalidUserException e) {
            for (FieldProblem p : e.problems()) err.println(p.field() + ": " + p.message());
            err.println("refused: nothing changed");
            return ExitCodes.BAD_INPUT;
        } catch (UnknownUserException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    /** The password from the file, or typed twice at the terminal; null (with the reason on stderr) if neither works. */
    private String password(PrintWriter err) throws IOException {
        if (passwordFile != null) {
            BufferedReader r = passwordFile.equals("-")
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    : Files.newBufferedReader(Path.of(passwordFile), StandardCharsets.UTF_8);
            try (r) {
                String line = r.readLine();
                if (line == null || line.isEmpty()) {
                    err.println("error: no password on the first line of " + passwordFile);
                    return null;
                }
                return line;
            }
        }
        Console console = System.console();
        if (console == null) {
            err.println("error: no terminal to type the password on: give --password-file FILE (- for standard input)");
            return null;
        }
        char[] first = console.readPassword("password for %s: ", name);
        char[] again = console.readPassword("the same password again: ");
        try {
            if (first == null || again == null || !Arrays.equals(first, again)) {
                err.println("error: the two passwords differ");
                return null;
            }
            return new String(first);
        } finally {
            if (first != null) Arrays.fill(first, ' ');
            if (again != null) Arrays.fill(again, ' ');
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("error: " + message);
        return ExitCodes.USAGE;
    }
}
