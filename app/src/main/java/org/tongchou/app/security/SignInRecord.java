package org.tongchou.app.security;

import java.time.Instant;

/** One audited sign-in attempt; {@code username} is what was typed, {@code reason} why it failed. */
public record SignInRecord(Instant at, String username, boolean success, String reason, String remoteAddr) {
}
