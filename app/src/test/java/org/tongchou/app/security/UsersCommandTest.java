package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.cli.CommandLineRunner;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.TestDatabase;
import picocli.CommandLine;

/**
 * {@code ./tongchou users create-admin NAME} (issue 9, finding 3), through the command tree the
 * command line runs: the first administrator of a fresh installation, the password from a file (the
 * terminal path needs a terminal), never from an argument; a refused password changes nothing; an
 * open setup code is closed. On the old code there was no such command: the only administrator was
 * the demo's, with the public password.
 */
@H2Test
class UsersCommandTest {
    @Autowired
    CommandLineRunner cli;
    @Autowired
    UserService users;
    @Autowired
    FirstAdministrator first;
    @Autowired
    AuditService audit;
    @Autowired
    TestDatabase db;
    @Autowired
    SetupTokenRepository codes;
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void empty() {
        db.truncateAll();
    }

    @Test
    void createsTheFirstAdministratorWithThePasswordFromAFile() throws Exception {
        // a setup code printed at a start, still open
        codes.insert(ApiTokens.hash("ABCDEFGHJKMNPQRSTUVW"), java.time.Instant.now(), java.time.Instant.now().plusSeconds(3600));
        assertThat(first.isOpen()).isTrue();
        Path file = Files.writeString(tmp.resolve("pw"), "harbour lantern morning\n");
        Run r = run("users", "create-admin", "root", "--display-name", "系统管理员", "--password-file", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("created administrator root");
        assertThat(r.out() + r.err()).as("the password is never printed").doesNotContain("harbour lantern morning");
        AppUser root = users.get("root");
        assertThat(root.role()).isEqualTo(Role.ADMIN);
        assertThat(root.displayName()).isEqualTo("系统管理员");
        assertThat(audit.recentChanges(5)).anyMatch(c -> c.action().equals("CREATE_USER") && c.target().equals("root")
                && c.actor().equals("command line"));
        assertThat(first.isOpen()).as("the setup code is closed").isFalse();
        assertThat(run("users", "list").out()).contains("root").contains("ADMIN");
    }

    @Test
    void aPasswordIsNeverAnArgumentAndAWeakOneChangesNothing() throws Exception {
        assertThat(run("users", "create-admin", "root", "--password", "harbour lantern morning").code())
                .as("no --password option").isEqualTo(ExitCodes.USAGE);
        Run noTerminal = run("users", "create-admin", "root");
        assertThat(noTerminal.code()).as("tests have no terminal").isEqualTo(ExitCodes.USAGE);
        assertThat(noTerminal.err()).contains("--password-file");
        Path weak = Files.writeString(tmp.resolve("weak"), "password2026\n");
        Run refused = run("users", "create-admin", "root", "--password-file", weak.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("common password").contains("nothing changed");
        assertThat(users.exists("root")).isFalse();
    }
}
