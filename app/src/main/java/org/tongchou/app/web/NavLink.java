package org.tongchou.app.web;

import java.util.Set;

/**
 * One entry of the navigation and of the home page. Each feature declares its own as beans; the
 * header shows those whose {@code roles} include the signed-in user's role, ordered by {@code order}.
 *
 * @param key   message key prefix: {@code <key>} is the label, {@code <key>.desc} the home-page text
 * @param path  the page's path within the application
 * @param roles the roles (constants of the security module's {@code Role}) that see the link
 */
public record NavLink(String key, String path, Set<? extends Enum<?>> roles, int order) {
    public boolean visibleTo(PageUser user) {
        return roles.contains(user.role());
    }
}
