package org.tongchou.app.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session: the user as loaded at sign-in. */
final class SignedInUser implements UserDetails, CredentialsContainer {
    private final AppUser user;
    private String passwordHash;

    SignedInUser(AppUser user, String passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
    }

    public AppUser user() {
        return user;
    }

    public Role role() {
        return user.role();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return user.enabled();
    }

    /** Drops the hash once authentication is done, so the session never holds it. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
