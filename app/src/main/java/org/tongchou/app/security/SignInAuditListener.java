package org.tongchou.app.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes every interactive sign-in to {@code signin_audit}, with the client's address (resolved
 * through trusted proxies, {@link ClientAddresses}). Failed attempts are written by
 * {@link SignInAuthenticationProvider}, which knows why they failed (wrong password, throttled,
 * locked, the demo password outside a demo); API calls with a token are not sign-ins.
 */
@Component
class SignInAuditListener {
    private final AuditService audit;

    SignInAuditListener(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent e) {
        audit.signIn(e.getAuthentication().getName(), true, null, remoteAddr(e.getAuthentication()));
    }

    private static String remoteAddr(Authentication a) {
        return a.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
