package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;

/** Users, audit and scope rules on both databases. */
class UserServiceTest {

    abstract static class Contract {
        @Autowired
        UserService users;
        @Autowired
        AuditService audit;
        @Autowired
        ScopeService scopes;
        @Autowired
        PasswordEncoder encoder;
        @Autowired
        UserRepository repository;
        @Autowired
        TestDatabase db;
        @Autowired
        JdbcClient jdbc;

        @BeforeEach
        void clean() {
            db.truncateAll();
            long county = unit("320582000000", "张家港市", "COUNTY", null);
            long yangshe = unit("320582100000", "杨舍镇", "TOWNSHIP", county);
            unit("320582100004", "花园浜社区居委会", "VILLAGE", yangshe);
            long tangqiao = unit("320582101000", "塘桥镇", "TOWNSHIP", county);
            unit("320582101001", "镇中社区居委会", "VILLAGE", tangqiao);
        }

        private long unit(String code, String name, String level, Long parent) {
            jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(code, name, level, "镇", parent, LocalDate.of(2023, 1, 1)).update();
            return jdbc.sql("SELECT id FROM admin_unit WHERE code = ?").param(code).query(Long.class).single();
        }

        @Test
        void passwordsAreStoredAsAdaptiveHashes() {
            users.create(new NewUser("ana", "Ana", "a-long-password", Role.ANALYST, null), "admin");
            String hash = repository.credentials("ana").orElseThrow().passwordHash();
            assertThat(hash).as("bcrypt through the delegating encoder").startsWith("{bcrypt}$2");
            assertThat(encoder.matches("a-long-password", hash)).isTrue();
        }

        @Test
        void everyChangeIsAuditedWithOldAndNewValue() {
            users.create(new NewUser("rep", "Rep", "a-long-password", Role.REPORTER, "320582100000"), "admin");
            users.changeRole("rep", Role.LEADER, null, "admin");
            users.resetPassword("rep", "another-password", "admin");
            users.setEnabled("rep", false, "admin");
            assertThat(audit.recentChanges(10)).extracting(ChangeRecord::action)
                    .containsExactly("DISABLE_USER", "RESET_PASSWORD", "CHANGE_ROLE", "CREATE_USER");
            ChangeRecord role = audit.recentChanges(10).get(2);
            assertThat(role.oldValue()).isEqualTo("REPORTER@320582100000");
            assertThat(role.newValue()).isEqualTo("LEADER");
            assertThat(audit.recentChanges(10)).allMatch(c -> c.actor().equals("admin"));
            assertThat(audit.recentChanges(10)).noneMatch(c -> String.valueOf(c.newValue()).contains("another-password"));
        }

        @Test
        void signInsAreRecorded() {
            audit.signIn("ana", true, null, "127.0.0.1");
            audit.signIn("nobody", false, "BadCredentialsException", "10.0.0.1");
            assertThat(audit.recentSignIns(5)).extracting(SignInRecord::username).containsExactly("nobody", "ana");
            assertThat(audit.recentSignIns(5).get(0).success()).isFalse();
        }

        @Test
        void everyProblemOfACreateIsReportedAtOnce() {
            users.create(new NewUser("taken", "T", "a-long-password", Role.LEADER, null), "admin");
            assertThatThrownBy(() -> users.create(new NewUser("taken", " ", "short", Role.ANALYST, "320582100000"), "a"))
                    .isInstanceOfSatisfying(InvalidUserException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field)
                            .containsExactly("username", "displayName", "password", "scopeUnit"));
            assertThat(users.list()).hasSize(1);
        }

        @Test
        void reporterScopeCoversItsTownAndVillagesOnly() {
            AppUser rep = users.create(new NewUser("rep", "Rep", "a-long-password", Role.REPORTER, "320582100000"), "a");
            assertThat(scopes.canRead(rep, "320582100000")).isTrue();
            assertThat(scopes.canWrite(rep, "320582100004")).as("own village").isTrue();
            assertThat(scopes.canRead(rep, "320582101000")).as("other town").isFalse();
            assertThat(scopes.canRead(rep, "320582101001")).as("other town's village").isFalse();
            assertThat(scopes.canRead(rep, "320582000000")).as("the city above").isFalse();
            assertThat(scopes.canRead(rep, "not-a-code")).isFalse();
            AppUser leader = users.create(new NewUser("lead", "L", "a-long-password", Role.LEADER, null), "a");
            assertThat(scopes.canRead(leader, "320582101001")).isTrue();
            assertThat(scopes.canWrite(leader, "320582101001")).isFalse();
        }

        @Test
        void aLeaderOfAnAreaReadsTheAreaAndTheUnitsWithinOnlyAndWritesNothing() {
            long other = unit("320581000000", "常熟市", "COUNTY", null);
            unit("320581100000", "虞山街道", "TOWNSHIP", other);
            AppUser city = users.create(new NewUser("lead-city", "L", "a-long-password", Role.LEADER, "320582000000"), "a");
            assertThat(city.scopeUnit()).isEqualTo("320582000000");
            assertThat(scopes.canRead(city, "320582000000")).as("its own area").isTrue();
            assertThat(scopes.canRead(city, "320582101001")).as("a village within").isTrue();
            assertThat(scopes.canRead(city, "320581100000")).as("a town of another county").isFalse();
            assertThat(scopes.canRead(city, "320581000000")).as("another county").isFalse();
            assertThat(scopes.canWrite(city, "320582100000")).isFalse();
            assertThat(scopes.seesPlanArea("320582000000", "320582000000")).as("a plan of its own area").isTrue();
            assertThat(scopes.seesPlanArea("320582000000", "320581000000")).as("a plan of another area").isFalse();
            assertThat(scopes.seesPlanArea("320582100000", "320582000000")).as("a plan containing the area").isTrue();
            assertThat(scopes.seesPlanArea("320582000000", "000000000000")).as("a national plan").isTrue();
            assertThat(scopes.seesPlanArea(null, "320581000000")).as("no area: every plan").isTrue();
            assertThatThrownBy(() -> users.create(new NewUser("lead-x", "L", "a-long-password", Role.LEADER, "320599000000"), "a"))
                    .isInstanceOf(InvalidUserException.class).hasMessageContaining("valid today");
            assertThatThrownBy(() -> users.create(new NewUser("ana-x", "A", "a-long-password", Role.ANALYST, "320582000000"), "a"))
                    .isInstanceOf(InvalidUserException.class).hasMessageContaining("only reporters and leaders");
        }

        @Test
        void reporterScopeMustBeACurrentTownship() {
            assertThatThrownBy(() -> users.create(
                    new NewUser("rep", "Rep", "a-long-password", Role.REPORTER, "320582100004"), "a"))
                    .isInstanceOf(InvalidUserException.class).hasMessageContaining("township-level");
            assertThatThrownBy(() -> users.create(
                    new NewUser("rep", "Rep", "a-long-password", Role.REPORTER, "320582999000"), "a"))
                    .isInstanceOf(InvalidUserException.class).hasMessageContaining("valid today");
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
