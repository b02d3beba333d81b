package org.tongchou.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code signin_throttle}. */
@Repository
class ThrottleRepository {
    private final JdbcClient jdbc;

    ThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(SignInThrottle.Kind kind, String subject, int failures, Instant lastFailureAt, Instant nextAttemptAt,
               Instant lockedUntil) {
    }

    Optional<Row> find(SignInThrottle.Kind kind, String subject) {
        return jdbc.sql("SELECT * FROM signin_throttle WHERE kind = :k AND subject = :s")
                .param("k", kind.name()).param("s", subject).query(ThrottleRepository::map).optional();
    }

    /** Inserts the row; false if another request inserted it first. */
    boolean insert(Row r) {
        try {
            jdbc.sql("INSERT INTO signin_throttle (kind, subject, failures, last_failure_at, next_attempt_at, locked_until) "
                            + "VALUES (:k, :s, :f, :l, :n, :u)")
                    .param("k", r.kind().name()).param("s", r.subject()).param("f", r.failures())
                    .param("l", utc(r.lastFailureAt())).param("n", utc(r.nextAttemptAt())).param("u", utc(r.lockedUntil()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Replaces the row if it still has {@code expectedFailures}; false if another request changed it first. */
    boolean replace(Row r, int expectedFailures) {
        return jdbc.sql("UPDATE signin_throttle SET failures = :f, last_failure_at = :l, next_attempt_at = :n, "
                        + "locked_until = :u WHERE kind = :k AND subject = :s AND failures = :e")
                .param("k", r.kind().name()).param("s", r.subject()).param("f", r.failures())
                .param("l", utc(r.lastFailureAt())).param("n", utc(r.nextAttemptAt())).param("u", utc(r.lockedUntil()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("e", expectedFailures).update() == 1;
    }

    /** Takes back one failure (an attempt counted in advance that succeeded). */
    void forgiveOne(SignInThrottle.Kind kind, String subject) {
        jdbc.sql("UPDATE signin_throttle SET failures = failures - 1 WHERE kind = :k AND subject = :s AND failures > 0")
                .param("k", kind.name()).param("s", subject).update();
    }

    int delete(SignInThrottle.Kind kind, String subject) {
        return jdbc.sql("DELETE FROM signin_throttle WHERE kind = :k AND subject = :s")
                .param("k", kind.name()).param("s", subject).update();
    }

    /** Forgets rows whose last failure is older than {@code before} and that hold no lock still in force. */
    int forget(Instant before, Instant now) {
        return jdbc.sql("DELETE FROM signin_throttle WHERE last_failure_at < :b AND (locked_until IS NULL OR locked_until < :now)")
                .param("b", utc(before)).param("now", utc(now)).update();
    }

    List<Row> lockedAccounts(Instant now) {
        return jdbc.sql("SELECT * FROM signin_throttle WHERE kind = 'ACCOUNT' AND locked_until > :now ORDER BY subject")
                .param("now", utc(now)).query(ThrottleRepository::map).list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(SignInThrottle.Kind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getInt("failures"),
                instant(rs, "last_failure_at"), instant(rs, "next_attempt_at"), instant(rs, "locked_until"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
