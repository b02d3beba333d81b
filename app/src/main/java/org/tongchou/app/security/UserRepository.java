package org.tongchou.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. */
@Repository
class UserRepository {
    private static final String COLUMNS = "id, username, display_name, role, scope_unit, enabled, created_at";
    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A user with the stored password hash, for authentication only, and the version of the
     * credentials (raised by a password reset and by disabling: sessions of an older version end).
     */
    record Credentials(AppUser user, String passwordHash, int version) {
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash, credentials_version FROM app_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new Credentials(map(rs), rs.getString("password_hash"), rs.getInt("credentials_version")))
                .optional();
    }

    /** The user as stored now with the version of the credentials, for checking a session on each request. */
    Optional<UserState> state(long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", credentials_version FROM app_user WHERE id = :id").param("id", id)
                .query((rs, n) -> new UserState(map(rs), rs.getInt("credentials_version"))).optional();
    }

    record UserState(AppUser user, int version) {
    }

    long countEnabledAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE").query(Long.class).single();
    }

    Optional<AppUser> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = :u").param("u", username)
                .query((rs, n) -> map(rs)).optional();
    }

    List<AppUser> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY role, username").query((rs, n) -> map(rs)).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    void insert(String username, String displayName, String hash, Role role, String scopeUnit, Instant at) {
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role, scope_unit, enabled, created_at) "
                        + "VALUES (:u, :d, :h, :r, :s, TRUE, :at)")
                .param("u", username).param("d", displayName).param("h", hash).param("r", role.name())
                .param("s", scopeUnit).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    void updateRole(String username, Role role, String scopeUnit) {
        jdbc.sql("UPDATE app_user SET role = :r, scope_unit = :s WHERE username = :u")
                .param("r", role.name()).param("s", scopeUnit).param("u", username).update();
    }

    /** Sets the hash and raises the credentials version: the user's sessions end. */
    void updatePassword(String username, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = :h, credentials_version = credentials_version + 1 WHERE username = :u")
                .param("h", hash).param("u", username).update();
    }

    /** Disabling also raises the credentials version: the user's sessions end and stay ended. */
    void updateEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :e, credentials_version = credentials_version + "
                        + "(CASE WHEN :e THEN 0 ELSE 1 END) WHERE username = :u")
                .param("e", enabled).param("u", username).update();
    }

    /** The id of a user. */
    Optional<Long> idOf(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).optional();
    }

    private static AppUser map(ResultSet rs) throws SQLException {
        return new AppUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("scope_unit"), rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
