package org.tongchou.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code api_token}. */
@Repository
class ApiTokenRepository {
    private static final String SELECT = "SELECT t.id, u.username, t.name, t.prefix, t.read_only, t.created_at, "
            + "t.created_by, t.expires_at, t.last_used_at, t.revoked_at, t.revoked_by, t.user_id "
            + "FROM api_token t JOIN app_user u ON u.id = t.user_id ";
    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token found by its hash, with its owner's id. */
    record Found(ApiToken token, long userId) {
    }

    long insert(long userId, String name, String hash, String prefix, boolean readOnly, Instant at, String by,
            Instant expires) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_token (user_id, name, token_hash, prefix, read_only, created_at, created_by, expires_at) "
                        + "VALUES (:u, :n, :h, :p, :r, :at, :by, :e)")
                .param("u", userId).param("n", name).param("h", hash).param("p", prefix).param("r", readOnly)
                .param("at", utc(at)).param("by", by).param("e", utc(expires)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Found> byHash(String hash) {
        return jdbc.sql(SELECT + "WHERE t.token_hash = :h").param("h", hash)
                .query((rs, n) -> new Found(map(rs), rs.getLong("user_id"))).optional();
    }

    Optional<ApiToken> find(long id) {
        return jdbc.sql(SELECT + "WHERE t.id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    List<ApiToken> of(long userId) {
        return jdbc.sql(SELECT + "WHERE t.user_id = :u ORDER BY t.id DESC").param("u", userId)
                .query((rs, n) -> map(rs)).list();
    }

    /** Records a use, at most once a minute per token (a write per API call would cost more than the call). */
    void used(long id, Instant at) {
        jdbc.sql("UPDATE api_token SET last_used_at = :at WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :before)")
                .param("at", utc(at)).param("id", id).param("before", utc(at.minusSeconds(60))).update();
    }

    boolean revoke(long id, String by, Instant at) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("at", utc(at)).param("by", by).param("id", id).update() == 1;
    }

    int revokeAllOf(long userId, String by, Instant at) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :at, revoked_by = :by WHERE user_id = :u AND revoked_at IS NULL")
                .param("at", utc(at)).param("by", by).param("u", userId).update();
    }

    private static ApiToken map(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("username"), rs.getString("name"), rs.getString("prefix"),
                rs.getBoolean("read_only"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"),
                rs.getString("revoked_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
