package org.tongchou.app.security;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongchou.app.web.PageUser;
import org.tongchou.app.web.PageUsers;

/** Tells the layout and the error pages who is signed in. */
@Component
class SignedInPageUsers implements PageUsers {
    private final ScopeService scopes;

    SignedInPageUsers(ScopeService scopes) {
        this.scopes = scopes;
    }

    @Override
    public Optional<PageUser> current() {
        return scopes.currentUser().map(u -> u);
    }
}
