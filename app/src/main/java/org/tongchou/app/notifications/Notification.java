package org.tongchou.app.notifications;

import java.time.OffsetDateTime;

/** A notification as its recipient sees it. */
record Notification(long id, String kind, String textZh, String textEn, String link, OffsetDateTime createdAt, OffsetDateTime readAt,
                    OffsetDateTime mailedAt) {
    public boolean unread() {
        return readAt == null;
    }
}
