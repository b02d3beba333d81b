package org.tongchou.app.meetings;

import java.time.OffsetDateTime;

/** An uploaded file without its bytes: name as given (made safe), type found in the content, size, SHA-256, who and when. */
public record StoredFileInfo(long id, String fileName, String contentType, long size, String sha256, String createdBy, OffsetDateTime createdAt) {
    public boolean image() {
        return contentType.startsWith("image/");
    }
}
