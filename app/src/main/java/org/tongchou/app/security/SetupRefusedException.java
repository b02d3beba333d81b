package org.tongchou.app.security;

/** A setup code typed from an address that must wait after failed attempts. */
final class SetupRefusedException extends RuntimeException {
    private final SignInThrottle.Refusal refusal;

    SetupRefusedException(SignInThrottle.Refusal refusal) {
        super("too many failed attempts from this address; try again in " + refusal.retryAfterSeconds() + " s");
        this.refusal = refusal;
    }

    SignInThrottle.Refusal refusal() {
        return refusal;
    }
}
