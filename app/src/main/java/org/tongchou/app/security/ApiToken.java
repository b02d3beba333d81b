package org.tongchou.app.security;

import java.time.Instant;

/**
 * An API token as its owner and administrators see it: never the secret, only its first characters
 * ({@code prefix}) to tell tokens apart.
 */
record ApiToken(long id, String username, String name, String prefix, boolean readOnly, Instant createdAt,
                String createdBy, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {
    /** Whether the token is usable at {@code now}. */
    boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
