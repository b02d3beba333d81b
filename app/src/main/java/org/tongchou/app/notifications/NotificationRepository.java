package org.tongchou.app.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code notification} and {@code notification_email} (V31). */
@Repository
class NotificationRepository {
    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the recipient already has one with that key; returns the new id, or empty. */
    Optional<Long> insertOnce(String recipient, Notice n, OffsetDateTime at) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = :r AND dedup_key = :k")
                .param("r", recipient).param("k", n.dedupKey()).query(Long.class).single() > 0;
        if (exists) return Optional.empty();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notification (recipient, kind, dedup_key, text_zh, text_en, link, created_at) VALUES (:r, :kind, :k, :zh, :en, :l, :at)")
                .param("r", recipient).param("kind", n.kind()).param("k", cut(n.dedupKey(), 200)).param("zh", cut(n.textZh(), 1000))
                .param("en", cut(n.textEn(), 1000)).param("l", n.link()).param("at", at).update(keys, "id");
        return Optional.of(keys.getKey().longValue());
    }

    List<Notification> list(String recipient, int limit) {
        return jdbc.sql("SELECT * FROM notification WHERE recipient = :r ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param("r", recipient).query(NotificationRepository::map).list();
    }

    long unread(String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = :r AND read_at IS NULL").param("r", recipient).query(Long.class).single();
    }

    /** Marks one of the recipient's notifications read; false when it is not theirs (or does not exist). */
    boolean markRead(String recipient, long id, OffsetDateTime at) {
        return jdbc.sql("UPDATE notification SET read_at = COALESCE(read_at, :at) WHERE id = :id AND recipient = :r")
                .param("at", at).param("id", id).param("r", recipient).update() == 1;
    }

    int markAllRead(String recipient, OffsetDateTime at) {
        return jdbc.sql("UPDATE notification SET read_at = :at WHERE recipient = :r AND read_at IS NULL").param("at", at).param("r", recipient).update();
    }

    void mailed(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE notification SET mailed_at = :at WHERE id = :id").param("at", at).param("id", id).update();
    }

    record Email(String username, String address, boolean enabled) {
    }

    Optional<Email> email(String username) {
        return jdbc.sql("SELECT username, address, enabled FROM notification_email WHERE username = :u").param("u", username)
                .query((rs, n) -> new Email(rs.getString("username"), rs.getString("address"), rs.getBoolean("enabled"))).optional();
    }

    void saveEmail(String username, String address, boolean enabled, OffsetDateTime at) {
        int n = jdbc.sql("UPDATE notification_email SET address = :a, enabled = :e, updated_at = :at WHERE username = :u")
                .param("a", address).param("e", enabled).param("at", at).param("u", username).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO notification_email (username, address, enabled, updated_at) VALUES (:u, :a, :e, :at)")
                    .param("u", username).param("a", address).param("e", enabled).param("at", at).update();
        }
    }

    void deleteEmail(String username) {
        jdbc.sql("DELETE FROM notification_email WHERE username = :u").param("u", username).update();
    }

    private static Notification map(ResultSet rs, int n) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getString("kind"), rs.getString("text_zh"), rs.getString("text_en"), rs.getString("link"),
                time(rs, "created_at"), time(rs, "read_at"), time(rs, "mailed_at"));
    }

    private static OffsetDateTime time(ResultSet rs, String c) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(c);
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
