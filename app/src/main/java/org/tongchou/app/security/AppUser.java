package org.tongchou.app.security;

import java.time.Instant;
import org.tongchou.app.web.PageUser;

/**
 * A user of the application, without the password hash.
 *
 * @param scopeUnit the 12-digit code of the township-level unit a {@link Role#REPORTER} is scoped
 *                  to, or of the area (province, prefecture, county ...) a {@link Role#LEADER} reads; null for
 *                  an unscoped leader and every other role
 */
public record AppUser(long id, String username, String displayName, Role role, String scopeUnit, boolean enabled,
                      Instant createdAt) implements PageUser {
}
