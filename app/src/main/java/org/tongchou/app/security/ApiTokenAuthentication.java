package org.tongchou.app.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by an API token: its principal is the token's user as stored now. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {
    private final SignedInUser user;
    private final ApiToken token;

    ApiTokenAuthentication(SignedInUser user, ApiToken token) {
        super(user.getAuthorities());
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.getUsername();
    }

    boolean readOnly() {
        return token.readOnly();
    }

    long tokenId() {
        return token.id();
    }
}
