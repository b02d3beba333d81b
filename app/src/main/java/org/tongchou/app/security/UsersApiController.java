package org.tongchou.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users, roles and the security audit, for administrators (enforced in {@link SecurityConfig}). */
@RestController
@RequestMapping("/api")
@Tag(name = "users", description = "Users, roles, unit scopes and the security audit (ADMIN only)")
class UsersApiController {
    private final UserService users;
    private final AuditService audit;

    UsersApiController(UserService users, AuditService audit) {
        this.users = users;
        this.audit = audit;
    }

    record CreateUserRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
                             @NotBlank String password,
                             @NotNull Role role, String scopeUnit) {
    }

    record RoleRequest(@NotNull Role role, String scopeUnit) {
    }

    /** The password policy (length in characters and bytes, common passwords) is the service's: 422. */
    record PasswordRequest(@NotBlank String password) {
    }

    record EnabledRequest(@NotNull Boolean enabled) {
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/users")
    @Operation(summary = "Every user with role and scope")
    List<AppUser> list() {
        return users.list();
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/users/{username}")
    @Operation(summary = "One user")
    AppUser get(@PathVariable String username) {
        return users.get(username);
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/users")
    @Operation(summary = "Create a user; every problem with the request is listed in the problem details")
    // not @Valid: the service checks every field at once, including those bean validation cannot
    ResponseEntity<AppUser> create(@RequestBody CreateUserRequest r, Principal actor) {
        AppUser u = users.create(new NewUser(r.username(), r.displayName(), r.password(), r.role(), r.scopeUnit()),
                actor.getName());
        return ResponseEntity.created(URI.create("/api/users/" + u.username())).body(u);
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PutMapping("/users/{username}/role")
    @Operation(summary = "Change a user's role and unit scope")
    AppUser changeRole(@PathVariable String username, @Valid @RequestBody RoleRequest r, Principal actor) {
        return users.changeRole(username, r.role(), r.scopeUnit(), actor.getName());
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PutMapping("/users/{username}/password")
    @Operation(summary = "Reset a user's password")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody PasswordRequest r,
            Principal actor) {
        users.resetPassword(username, r.password(), actor.getName());
        return ResponseEntity.noContent().build();
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PutMapping("/users/{username}/enabled")
    @Operation(summary = "Enable or disable a user")
    AppUser setEnabled(@PathVariable String username, @Valid @RequestBody EnabledRequest r, Principal actor) {
        return users.setEnabled(username, r.enabled(), actor.getName());
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/audit/sign-ins")
    @Operation(summary = "Most recent sign-in attempts, newest first")
    List<SignInRecord> signIns(@RequestParam(defaultValue = "100") int limit) {
        return audit.recentSignIns(Math.max(1, Math.min(limit, 1000)));
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/audit/changes")
    @Operation(summary = "Most recent changes to users and roles, newest first")
    List<ChangeRecord> changes(@RequestParam(defaultValue = "100") int limit) {
        return audit.recentChanges(Math.max(1, Math.min(limit, 1000)));
    }
}
