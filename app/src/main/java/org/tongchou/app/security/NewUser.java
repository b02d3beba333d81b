package org.tongchou.app.security;

/**
 * What is needed to create a user.
 *
 * @param scopeUnit 12-digit code of a township-level unit, required for {@link Role#REPORTER}; of the area a
 *                  {@link Role#LEADER} reads (any level), optional; must be empty for every other role
 */
public record NewUser(String username, String displayName, String password, Role role, String scopeUnit) {
}
