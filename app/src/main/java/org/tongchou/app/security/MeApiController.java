package org.tongchou.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the signed-in user's role and scope, for API clients. */
@RestController
@Tag(name = "users")
class MeApiController {
    private final ScopeService scopes;

    MeApiController(ScopeService scopes) {
        this.scopes = scopes;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @GetMapping("/api/me")
    @Operation(summary = "The signed-in user")
    AppUser me() {
        return scopes.currentUser().orElseThrow();
    }
}
