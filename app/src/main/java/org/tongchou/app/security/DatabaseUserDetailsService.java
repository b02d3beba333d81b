package org.tongchou.app.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users from {@code app_user} for form and HTTP Basic sign-in. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {
    private final UserRepository users;

    DatabaseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.credentials(username)
                .map(c -> new SignedInUser(c.user(), c.passwordHash(), c.version()))
                .orElseThrow(() -> new UsernameNotFoundException("no user named '" + username + "'"));
    }
}
