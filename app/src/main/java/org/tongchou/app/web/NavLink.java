package org.tongchou.app.web;

import java.util.Set;
import org.tongchou.app.security.Role;

/**
 * One entry of the navigation and of the home page. Each feature declares its own as beans; the
 * header shows those whose {@code roles} include the signed-in user's role, ordered by {@code order}.
 *
 * @param key   message key prefix: {@code <key>} is the label, {@code <key>.desc} the home-page text
 * @param path  the page's path within the application
 */
public record NavLink(String key, String path, Set<Role> roles, int order) {
    public boolean visibleTo(Role role) {
        return roles.contains(role);
    }
}
