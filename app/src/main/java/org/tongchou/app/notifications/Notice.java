package org.tongchou.app.notifications;

/**
 * A reminder to send: what kind, a key that makes it once-only per recipient (the same key is never
 * sent twice to the same person), the text in both languages and the page it points to.
 *
 * @param kind     e.g. {@code DEADLINE_APPROACHING}, {@code OVERDUE}, {@code SENT_BACK}, {@code DECLARED}
 * @param dedupKey e.g. {@code commitment:12:overdue}
 * @param link     a path within the application, e.g. {@code /commitments/12}
 */
public record Notice(String kind, String dedupKey, String textZh, String textEn, String link) {
    public Notice {
        if (kind == null || kind.isBlank() || dedupKey == null || dedupKey.isBlank()) throw new IllegalArgumentException("a notice needs a kind and a key");
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\"))) {
            throw new IllegalArgumentException("a notice's link is a path within the application: " + link); // never a redirect elsewhere
        }
    }
}
