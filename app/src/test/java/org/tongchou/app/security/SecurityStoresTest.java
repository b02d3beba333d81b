package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.tongchou.app.support.TestClock;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;

/**
 * The security state kept in the database (V41–V43), on both databases: sign-in failures and locks
 * survive a restart (a new throttle over the same tables sees them), tokens are found by their hash
 * only while valid, a password reset revokes them, setup codes open and close, and an installation
 * with users of its own refuses to become a demo.
 */
class SecurityStoresTest {

    abstract static class Contract {
        @Autowired
        ThrottleRepository throttleRows;
        @Autowired
        AuditService audit;
        @Autowired
        ApiTokens tokens;
        @Autowired
        UserService users;
        @Autowired
        UserRepository userRows;
        @Autowired
        InstallationRepository installationRows;
        @Autowired
        SetupTokenRepository codes;
        @Autowired
        TestDatabase db;

        private final ThrottleSettings settings = new ThrottleSettings(3, 20, Duration.ofSeconds(1), Duration.ofSeconds(60),
                10, Duration.ofMinutes(30), Duration.ofHours(1));

        @BeforeEach
        void empty() {
            db.truncateAll();
        }

        @Test
        void failuresAndLocksSurviveARestart() {
            TestClock clock = TestClock.startingAt(Instant.parse("2026-05-01T00:00:00Z"));
            SignInThrottle before = new SignInThrottle(throttleRows, settings, audit, clock);
            for (int i = 0; i < 10; i++) {
                assertThat(before.attempt("Clerk", "10.0.0." + i)).as("attempt %d", i + 1).isEmpty();
                clock.advance(Duration.ofSeconds(61));
            }
            SignInThrottle afterRestart = new SignInThrottle(throttleRows, settings, audit, clock);
            assertThat(afterRestart.attempt("clerk", "10.0.1.1")).as("locked, by name in any case").get()
                    .matches(SignInThrottle.Refusal::locked);
            assertThat(afterRestart.locked()).extracting(ThrottleRepository.Row::subject).containsExactly("clerk");
            assertThat(afterRestart.unlock("clerk", "admin")).isTrue();
            assertThat(afterRestart.attempt("clerk", "10.0.1.1")).isEmpty();
            afterRestart.succeeded("clerk", "10.0.1.1");
            assertThat(throttleRows.find(SignInThrottle.Kind.ACCOUNT, "clerk")).as("a success starts afresh").isEmpty();
        }

        @Test
        void tokensAreFoundByHashWhileValidAndAPasswordResetRevokesThem() {
            users.create(new NewUser("ops", "Ops", "silver tide meadow", Role.ANALYST, null), "admin");
            ApiTokens.Created t = tokens.create("ops", "backup script", true, 7, "ops");
            assertThat(tokens.authenticate(t.secret())).get().satisfies(v -> {
                assertThat(v.user().getUsername()).isEqualTo("ops");
                assertThat(v.token().readOnly()).isTrue();
            });
            assertThat(tokens.authenticate(t.secret() + "x")).isEmpty();
            assertThat(tokens.of("ops").get(0).lastUsedAt()).as("use recorded").isNotNull();
            users.resetPassword("ops", "golden field river", "admin");
            assertThat(tokens.authenticate(t.secret())).as("revoked by the reset").isEmpty();
            assertThat(tokens.of("ops").get(0).revokedBy()).isEqualTo("admin");
            ApiTokens.Created again = tokens.create("ops", "again", false, null, "ops");
            users.setEnabled("ops", false, "admin");
            assertThat(tokens.authenticate(again.secret())).as("a disabled user's token").isEmpty();
        }

        @Test
        void setupCodesOpenAndCloseAndTheDemoIsRefusedToAnInstallationInUse() {
            Instant now = Instant.now();
            codes.insert("a".repeat(64), now, now.plusSeconds(60));
            assertThat(codes.isOpen("a".repeat(64), now)).isTrue();
            assertThat(codes.isOpen("a".repeat(64), now.plusSeconds(61))).as("expired").isFalse();
            assertThat(codes.use("a".repeat(64), now, "root")).isTrue();
            assertThat(codes.use("a".repeat(64), now, "root")).as("once").isFalse();

            Installation fresh = new Installation(installationRows, userRows, audit, java.time.Clock.systemUTC());
            users.create(new NewUser("real-user", "Real", "silver tide meadow", Role.LEADER, null), "admin");
            assertThat(fresh.mayBecomeDemo()).isFalse();
            assertThatThrownBy(() -> fresh.becomeDemo("demo")).isInstanceOf(DemoRefusedException.class);
            assertThat(installationRows.isDemo()).isFalse();
            db.truncateAll();
            fresh.becomeDemo("demo");
            assertThat(installationRows.isDemo()).isTrue();
            fresh.becomeDemo("demo");
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Contract {
    }

    @Nested
    @PostgresTest
    class OnPostgres extends Contract {
    }
}
