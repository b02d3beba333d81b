package org.tongchou.app.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code stored_file} (V32): uploaded files, bytes included. */
@Repository
class FileRepository {
    private static final String INFO = "SELECT id, file_name, content_type, size_bytes, sha256, created_by, created_at FROM stored_file";
    private final JdbcClient jdbc;

    FileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String type, byte[] content, String sha256, String user, OffsetDateTime at) {
        GeneratedKeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO stored_file (file_name, content_type, size_bytes, sha256, content, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(name, type, (long) content.length, sha256, content, user, at).update(kh, "id");
        return kh.getKey().longValue();
    }

    Optional<StoredFileInfo> info(long id) {
        return jdbc.sql(INFO + " WHERE id = ?").param(id).query(FileRepository::map).optional();
    }

    List<StoredFileInfo> infos(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql(INFO + " WHERE id IN (:ids) ORDER BY id").param("ids", ids).query(FileRepository::map).list();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM stored_file WHERE id = ?").param(id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static StoredFileInfo map(ResultSet rs, int n) throws SQLException {
        return new StoredFileInfo(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("created_by"), MeetingRepository.time(rs, "created_at"));
    }
}
