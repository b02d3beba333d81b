package org.tongchou.app.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code signin_audit} and {@code security_audit}. */
@Repository
class AuditRepository {
    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void signIn(Instant at, String username, boolean success, String reason, String remoteAddr) {
        jdbc.sql("INSERT INTO signin_audit (at, username, success, reason, remote_addr) VALUES (:at, :u, :s, :r, :a)")
                .param("at", utc(at)).param("u", truncate(username, 200)).param("s", success)
                .param("r", truncate(reason, 200)).param("a", truncate(remoteAddr, 64)).update();
    }

    void change(Instant at, String actor, String action, String target, String oldValue, String newValue) {
        jdbc.sql("INSERT INTO security_audit (at, actor, action, target, old_value, new_value) "
                        + "VALUES (:at, :actor, :action, :target, :o, :n)")
                .param("at", utc(at)).param("actor", actor).param("action", action).param("target", target)
                .param("o", truncate(oldValue, 400)).param("n", truncate(newValue, 400)).update();
    }

    List<SignInRecord> recentSignIns(int limit) {
        return jdbc.sql("SELECT at, username, success, reason, remote_addr FROM signin_audit ORDER BY id DESC "
                        + "FETCH FIRST " + limit + " ROWS ONLY")
                .query((rs, n) -> new SignInRecord(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("username"), rs.getBoolean("success"), rs.getString("reason"),
                        rs.getString("remote_addr")))
                .list();
    }

    List<ChangeRecord> recentChanges(int limit) {
        return jdbc.sql("SELECT at, actor, action, target, old_value, new_value FROM security_audit ORDER BY id DESC "
                        + "FETCH FIRST " + limit + " ROWS ONLY")
                .query((rs, n) -> new ChangeRecord(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                        rs.getString("old_value"), rs.getString("new_value")))
                .list();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
