package org.tongchou.app.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (the form): throttled by {@link SignInThrottle} before the password is checked,
 * the public demo password refused unless the installation is a demo, then the stored bcrypt hash
 * checked by Spring's {@link DaoAuthenticationProvider}. Every failure is written to the sign-in
 * audit with its reason and the client's address.
 */
final class SignInAuthenticationProvider implements AuthenticationProvider {
    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Installation installation;
    private final AuditService audit;

    SignInAuthenticationProvider(DatabaseUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
            Installation installation, AuditService audit) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.installation = installation;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName();
        String address = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        var refusal = throttle.attempt(username, address);
        if (refusal.isPresent()) {
            audit.signIn(username, false, refusal.get().locked() ? "LOCKED" : "THROTTLED", address);
            throw new SignInRefusedException(refusal.get());
        }
        try {
            if (Installation.DEMO_PASSWORD.equals(String.valueOf(request.getCredentials())) && !installation.isDemo()) {
                throw new DemoPasswordRefusedException();
            }
            Authentication result = passwords.authenticate(request);
            throttle.succeeded(username, address);
            return result;
        } catch (AuthenticationException e) {
            audit.signIn(username, false, e instanceof DemoPasswordRefusedException ? "DEMO_PASSWORD_OUTSIDE_DEMO"
                    : e.getClass().getSimpleName(), address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
