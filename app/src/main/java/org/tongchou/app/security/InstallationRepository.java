package org.tongchou.app.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code installation}: at most one row; none means a normal installation. */
@Repository
class InstallationRepository {
    private final JdbcClient jdbc;

    InstallationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isDemo() {
        return jdbc.sql("SELECT COUNT(*) FROM installation WHERE id = 1 AND demo = TRUE").query(Long.class).single() > 0;
    }

    void markDemo(Instant at) {
        OffsetDateTime t = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        if (jdbc.sql("UPDATE installation SET demo = TRUE, demo_since = :t WHERE id = 1").param("t", t).update() == 0) {
            jdbc.sql("INSERT INTO installation (id, demo, demo_since) VALUES (1, TRUE, :t)").param("t", t).update();
        }
    }
}
