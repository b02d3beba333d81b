package org.tongchou.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens: one's own ({@code /api/tokens}, any signed-in user) and any user's
 * ({@code /api/users/{username}/tokens}, ADMIN, enforced in {@link SecurityConfig}). Creating and
 * revoking need a signed-in session (with its CSRF token), never a token. Also the unlocking of
 * accounts locked by the sign-in throttle.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "tokens", description = "API tokens for scripts (Authorization: Bearer), and unlocking accounts")
class TokensApiController {
    private final ApiTokens tokens;
    private final SignInThrottle throttle;
    private final UserService users;

    TokensApiController(ApiTokens tokens, SignInThrottle throttle, UserService users) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.users = users;
    }

    /** {@code readOnly} absent: false; {@code expiresInDays} absent: {@value ApiTokens#DEFAULT_DAYS}. */
    record CreateTokenRequest(String name, Boolean readOnly, Integer expiresInDays) {
        boolean isReadOnly() {
            return Boolean.TRUE.equals(readOnly);
        }
    }

    /** The created token with its secret, shown this once. */
    record CreatedToken(String token, long id, String username, String name, boolean readOnly, Instant expiresAt) {
        static CreatedToken of(ApiTokens.Created c) {
            ApiToken t = c.token();
            return new CreatedToken(c.secret(), t.id(), t.username(), t.name(), t.readOnly(), t.expiresAt());
        }
    }

    record Unlocked(String username, boolean wasLocked) {
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @GetMapping("/tokens")
    @Operation(summary = "The caller's API tokens (never their secrets)")
    List<ApiToken> mine(Authentication caller) {
        return tokens.of(caller.getName());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @PostMapping("/tokens")
    @Operation(summary = "Create an API token for the caller; the answer holds the token, shown this once")
    ResponseEntity<CreatedToken> createMine(@RequestBody CreateTokenRequest r, Authentication caller) {
        requireSession(caller);
        ApiTokens.Created c = tokens.create(caller.getName(), r.name(), r.isReadOnly(), r.expiresInDays(), caller.getName());
        return ResponseEntity.created(URI.create("/api/tokens/" + c.token().id())).body(CreatedToken.of(c));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of the caller's API tokens")
    ApiToken revokeMine(@PathVariable long id, Authentication caller) {
        requireSession(caller);
        return tokens.revoke(caller.getName(), id, caller.getName());
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/users/{username}/tokens")
    @Operation(summary = "A user's API tokens (ADMIN)")
    List<ApiToken> of(@PathVariable String username) {
        return tokens.of(username);
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/users/{username}/tokens")
    @Operation(summary = "Create an API token for a user (ADMIN); the answer holds the token, shown this once")
    ResponseEntity<CreatedToken> createFor(@PathVariable String username, @RequestBody CreateTokenRequest r,
            Authentication caller) {
        requireSession(caller);
        ApiTokens.Created c = tokens.create(username, r.name(), r.isReadOnly(), r.expiresInDays(), caller.getName());
        return ResponseEntity.created(URI.create("/api/users/" + username + "/tokens/" + c.token().id()))
                .body(CreatedToken.of(c));
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @DeleteMapping("/users/{username}/tokens/{id}")
    @Operation(summary = "Revoke a user's API token (ADMIN)")
    ApiToken revokeFor(@PathVariable String username, @PathVariable long id, Authentication caller) {
        requireSession(caller);
        return tokens.revoke(username, id, caller.getName());
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/users/{username}/unlock")
    @Operation(summary = "Unlock an account locked after repeated failed sign-ins (ADMIN, audited)")
    Unlocked unlock(@PathVariable String username, Authentication caller) {
        users.get(username);
        return new Unlocked(username, throttle.unlock(username, caller.getName()));
    }

    private static void requireSession(Authentication caller) {
        if (caller instanceof ApiTokenAuthentication) throw new TokenManagementDeniedException();
    }
}
