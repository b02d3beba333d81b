package org.tongchou.app.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session or an API token: the user as loaded, and the version of the
 * user's credentials at sign-in. {@link SessionRightsFilter} compares both with the stored user on
 * every request of a session.
 */
final class SignedInUser implements UserDetails, CredentialsContainer {
    private final AppUser user;
    private final int credentialsVersion;
    private String passwordHash;

    SignedInUser(AppUser user, String passwordHash, int credentialsVersion) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.credentialsVersion = credentialsVersion;
    }

    public AppUser user() {
        return user;
    }

    public Role role() {
        return user.role();
    }

    int credentialsVersion() {
        return credentialsVersion;
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
