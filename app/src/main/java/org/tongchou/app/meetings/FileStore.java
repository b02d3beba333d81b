package org.tongchou.app.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.FieldProblemsException;
import org.tongchou.app.web.FileContent;

/**
 * Meeting attachments and evidence files (docs/meetings.md, "Files"): at most
 * {@code tongchou.meetings.max-file-bytes} each (default 10 MB) and at most
 * {@code tongchou.meetings.max-files} in one upload; only photos (PNG, JPEG), PDF, Word and Excel
 * documents and plain text, recognised by their content ({@link FileContent}), never by their name or
 * the type the browser sent. The bytes are kept in the database table {@code stored_file}, outside the
 * value tables, under an id: the name the user gave is only shown, never used as a path, so nothing can
 * be written or read outside the store.
 */
@Component
class FileStore {
    static final Set<FileContent> ALLOWED = EnumSet.of(FileContent.PDF, FileContent.PNG, FileContent.JPEG, FileContent.DOCX, FileContent.XLSX,
            FileContent.TEXT);
    private final FileRepository files;
    private final Clock clock;
    private final long maxBytes;
    private final int maxFiles;

    FileStore(FileRepository files, Clock clock, @Value("${tongchou.meetings.max-file-bytes:10485760}") long maxBytes,
              @Value("${tongchou.meetings.max-files:10}") int maxFiles) {
        this.files = files;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    /** One file as received: the name the browser gave and its bytes. */
    record Upload(String name, byte[] bytes) {
        static List<Upload> of(List<MultipartFile> parts, long maxBytes) {
            if (parts == null) return List.of();
            List<Upload> out = new java.util.ArrayList<>();
            for (MultipartFile f : parts) {
                if (f == null || f.isEmpty()) continue;
                if (f.getSize() > maxBytes) {
                    throw new FilesRefusedException(List.of(new FieldProblem("file", FileContent.safeName(f.getOriginalFilename(), "file"),
                            "has " + f.getSize() + " bytes, more than the " + maxBytes + " allowed")));
                }
                try (InputStream in = f.getInputStream()) {
                    out.add(new Upload(f.getOriginalFilename(), in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1))));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("cannot read the uploaded file", e);
                }
            }
            return out;
        }
    }

    long maxBytes() {
        return maxBytes;
    }

    List<Upload> read(List<MultipartFile> parts) {
        return Upload.of(parts, maxBytes);
    }

    /**
     * Checks every file (count, size, type by content), reporting all problems at once, then stores
     * them. Call in the transaction that links them, so that a refusal or failure leaves nothing.
     *
     * @throws FilesRefusedException listing every problem; nothing is stored
     */
    List<Long> store(List<Upload> uploads, String user) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (uploads.size() > maxFiles) problems.add(new FieldProblem("file", uploads.size() + " files", "at most " + maxFiles + " files at once"));
        List<FileContent> types = new java.util.ArrayList<>();
        for (Upload u : uploads) {
            String name = FileContent.safeName(u.name(), "file");
            Optional<FileContent> type = FileContent.detect(u.bytes());
            if (u.bytes().length == 0) problems.add(new FieldProblem("file", name, "is empty"));
            else if (u.bytes().length > maxBytes) problems.add(new FieldProblem("file", name, "is larger than the " + maxBytes + " bytes allowed"));
            else if (type.isEmpty() || !ALLOWED.contains(type.get())) {
                problems.add(new FieldProblem("file", name, "is not a photo (PNG, JPEG), PDF, Word or Excel document or plain text, judged by its content"));
            }
            types.add(type.orElse(null));
        }
        if (!problems.isEmpty()) throw new FilesRefusedException(problems);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload u = uploads.get(i);
            FileContent t = types.get(i);
            String name = FileContent.safeName(u.name(), "file" + t.suffix());
            ids.add(files.insert(name, t.mediaType(), u.bytes(), sha256(u.bytes()), user, now));
        }
        return ids;
    }

    Optional<StoredFileInfo> info(long id) {
        return files.info(id);
    }

    Optional<byte[]> content(long id) {
        return files.content(id);
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
