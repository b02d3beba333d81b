package org.tongchou.app.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code report_archive} (V70): every document produced, bytes included. */
@Repository
class ReportArchiveRepository {
    private static final String INFO = "SELECT a.id, a.run_id, a.plan_code, a.period, r.published, a.kind, a.format, a.lang, a.file_name, "
            + "a.size_bytes, a.sha256, a.created_by, a.created_at FROM report_archive a LEFT JOIN eval_run r ON r.id = a.run_id";
    private final JdbcClient jdbc;

    ReportArchiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long runId, String planCode, String period, ReportKind kind, ReportFormat format, String lang, String fileName, byte[] content, String sha256, String user,
                OffsetDateTime at) {
        GeneratedKeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO report_archive (run_id, plan_code, period, kind, format, lang, file_name, size_bytes, sha256, content, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(runId, planCode, period, kind.name(), format.name(), lang, fileName, (long) content.length, sha256, content, user, at).update(kh, "id");
        return kh.getKey().longValue();
    }

    /** Newest first; {@code publishedOnly}: documents of published runs only. */
    List<ArchivedReport> list(boolean publishedOnly, int limit) {
        return jdbc.sql(INFO + (publishedOnly ? " WHERE r.published = TRUE" : "") + " ORDER BY a.created_at DESC, a.id DESC LIMIT " + limit)
                .query(ReportArchiveRepository::map).list();
    }

    Optional<ArchivedReport> find(long id) {
        return jdbc.sql(INFO + " WHERE a.id = ?").param(id).query(ReportArchiveRepository::map).optional();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM report_archive WHERE id = ?").param(id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static ArchivedReport map(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp("created_at");
        return new ArchivedReport(rs.getLong("id"), rs.getLong("run_id"), rs.getString("plan_code"), rs.getString("period"), rs.getBoolean("published"),
                ReportKind.valueOf(rs.getString("kind")), ReportFormat.valueOf(rs.getString("format")), rs.getString("lang"),
                rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("created_by"),
                t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC));
    }
}
