package org.tongchou.app.targets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.FileContent;

/**
 * A target file uploaded from the page or the API, handed to the import as a temporary file: at most
 * {@code tongchou.targets.max-upload-bytes} (default 5 MB), a CSV (UTF-8 text) or an XLSX workbook as
 * its content shows (a renamed file of another kind is refused), written under a fresh temporary
 * directory with a name the server makes (the browser's name is only shown), deleted afterwards.
 */
@Component
class TargetUploads {
    private final long maxBytes;

    TargetUploads(@Value("${tongchou.targets.max-upload-bytes:5242880}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    <T> T withFile(MultipartFile file, Function<Path, T> use) throws IOException {
        String name = FileContent.safeName(file.getOriginalFilename(), "targets");
        if (file.isEmpty()) throw refused(name, "the file is empty");
        if (file.getSize() > maxBytes) throw refused(name, "the file has " + file.getSize() + " bytes, more than the " + maxBytes + " allowed");
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) throw refused(name, "the file is larger than the " + maxBytes + " bytes allowed");
        FileContent type = FileContent.detect(bytes).orElseThrow(() -> refused(name, "is neither a CSV (UTF-8 text) nor an XLSX workbook"));
        if (type != FileContent.TEXT && type != FileContent.XLSX) throw refused(name, "is a " + type.name() + " file, not a CSV or XLSX file");
        Path dir = Files.createTempDirectory("tongchou-targets");
        String base = name.replaceAll("\\.(csv|xlsx|txt)$", "").replaceAll("[^\\p{L}\\p{N}_.-]", "_");
        Path tmp = dir.resolve((base.isBlank() ? "targets" : base) + (type == FileContent.XLSX ? ".xlsx" : ".csv"));
        try {
            Files.write(tmp, bytes);
            return use.apply(tmp);
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(dir);
        }
    }

    private static TargetRefusedException refused(String name, String why) {
        return new TargetRefusedException(List.of(new FieldProblem("file", name, why)));
    }
}
