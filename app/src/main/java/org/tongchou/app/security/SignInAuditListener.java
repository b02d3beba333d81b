package org.tongchou.app.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes every interactive sign-in and every failed attempt (form or HTTP Basic) to
 * {@code signin_audit}. Successful Basic authentications of single API calls are not recorded: each
 * call authenticates anew, and the table would record traffic rather than sign-ins.
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

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent e) {
        String reason = e.getException().getClass().getSimpleName();
        audit.signIn(e.getAuthentication().getName(), false, reason, remoteAddr(e.getAuthentication()));
    }

    private static String remoteAddr(Authentication a) {
        return a.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
