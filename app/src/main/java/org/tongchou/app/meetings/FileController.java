package org.tongchou.app.meetings;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tongchou.app.web.NotFound;

/**
 * Downloads of stored files ({@code /files/{id}} for pages, {@code /api/files/{id}} for the API): a
 * meeting's attachment to everyone signed in who may read the meeting (a leader of an area: a meeting of its area), an evidence file to those who may read its commitment,
 * nothing else (404, so that ids reveal nothing). Sent with the type found in the content, never
 * sniffed by the browser, inline only for images and PDF, under a sandboxing Content-Security-Policy.
 */
@RestController
class FileController {
    private final FileStore files;
    private final MeetingService meetings;
    private final CommitmentService commitments;
    private final CommitmentAccess access;

    FileController(FileStore files, MeetingService meetings, CommitmentService commitments, CommitmentAccess access) {
        this.files = files;
        this.meetings = meetings;
        this.commitments = commitments;
        this.access = access;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping({"/files/{id}", "/api/files/{id}"})
    ResponseEntity<byte[]> download(@PathVariable long id) {
        StoredFileInfo info = files.info(id).orElseThrow(() -> notFound(id));
        boolean allowed = meetings.isAttachment(id, access.area()) || commitments.commitmentOfEvidence(id).flatMap(commitments::find).map(access::canRead).orElse(false);
        if (!allowed) throw notFound(id);
        byte[] bytes = files.content(id).orElseThrow(() -> notFound(id));
        boolean inline = info.contentType().startsWith("image/") || info.contentType().equals("application/pdf");
        ContentDisposition cd = (inline ? ContentDisposition.inline() : ContentDisposition.attachment()).filename(info.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(info.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, cd.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(bytes);
    }

    private static NotFound notFound(long id) {
        return new NotFound("no file " + id);
    }
}
