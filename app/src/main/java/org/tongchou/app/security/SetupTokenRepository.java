package org.tongchou.app.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code setup_token}. */
@Repository
class SetupTokenRepository {
    private final JdbcClient jdbc;

    SetupTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String hash, Instant at, Instant expires) {
        jdbc.sql("INSERT INTO setup_token (token_hash, created_at, expires_at) VALUES (:h, :at, :e)")
                .param("h", hash).param("at", utc(at)).param("e", utc(expires)).update();
    }

    /** Whether a token is unused and unexpired at {@code now}. */
    boolean anyOpen(Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM setup_token WHERE used_at IS NULL AND expires_at > :now")
                .param("now", utc(now)).query(Long.class).single() > 0;
    }

    /** Whether this token is unused and unexpired at {@code now}. */
    boolean isOpen(String hash, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM setup_token WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now")
                .param("h", hash).param("now", utc(now)).query(Long.class).single() > 0;
    }

    /** Marks the token used by {@code username} if it is open; false if it is unknown, used or expired. */
    boolean use(String hash, Instant now, String username) {
        return jdbc.sql("UPDATE setup_token SET used_at = :now, used_by = :u WHERE token_hash = :h AND used_at IS NULL "
                        + "AND expires_at > :now")
                .param("now", utc(now)).param("u", username).param("h", hash).update() == 1;
    }

    /** Closes every open token (an administrator exists now, or a new token replaces them). */
    int closeAll(Instant now, String why) {
        return jdbc.sql("UPDATE setup_token SET used_at = :now, used_by = :w WHERE used_at IS NULL")
                .param("now", utc(now)).param("w", why).update();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
