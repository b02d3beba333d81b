package org.tongchou.app.security;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


/**
 * One's own account at {@code /account} (every signed-in user: API tokens, the password), and any
 * user's API tokens at
 * {@code /admin/users/{username}/tokens} (ADMIN, enforced in {@link SecurityConfig}). A new token is
 * shown once, on the page that follows its creation.
 */
@Controller
class TokensPageController {
    private final ApiTokens tokens;
    private final UserService users;
    private final SignInThrottle throttle;
    private final ClientAddresses addresses;

    TokensPageController(ApiTokens tokens, UserService users, SignInThrottle throttle, ClientAddresses addresses) {
        this.tokens = tokens;
        this.users = users;
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @GetMapping("/account")
    String account(Principal me, Model model) {
        return page(me.getName(), "/account/tokens", model);
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @PostMapping("/account/tokens")
    String createMine(@RequestParam String name, @RequestParam(defaultValue = "false") boolean readOnly,
            @RequestParam(required = false) Integer expiresInDays, Principal me, RedirectAttributes flash) {
        return create(me.getName(), name, readOnly, expiresInDays, me.getName(), "/account", flash);
    }

    /**
     * Changes one's own password. A wrong current password counts as a failed sign-in (throttled like
     * one); on success every session of the user ends, this one too: sign in again.
     */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String password,
            @RequestParam String passwordAgain, Principal me, jakarta.servlet.http.HttpServletRequest request,
            RedirectAttributes flash) {
        String address = addresses.of(request);
        var refused = throttle.attempt(me.getName(), address);
        if (refused.isPresent()) {
            flash.addFlashAttribute("problems", java.util.List.of(new org.tongchou.app.web.FieldProblem("currentPassword",
                    "(hidden)", "too many failed attempts; try again in " + refused.get().retryAfterSeconds() + " s")));
            return "redirect:/account";
        }
        try {
            if (!password.equals(passwordAgain)) {
                throw new InvalidUserException(java.util.List.of(new org.tongchou.app.web.FieldProblem("passwordAgain",
                        "(hidden)", "the two passwords differ")));
            }
            users.changeOwnPassword(me.getName(), currentPassword, password);
            throttle.succeeded(me.getName(), address);
            return "redirect:/login?changed";
        } catch (InvalidUserException e) {
            if (e.problems().stream().noneMatch(p -> p.field().equals("currentPassword"))) {
                throttle.succeeded(me.getName(), address);
            }
            flash.addFlashAttribute("problems", e.problems());
            return "redirect:/account";
        }
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @PostMapping("/account/tokens/{id}/revoke")
    String revokeMine(@PathVariable long id, Principal me, RedirectAttributes flash) {
        tokens.revoke(me.getName(), id, me.getName());
        flash.addFlashAttribute("revoked", id);
        return "redirect:/account";
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/admin/users/{username}/tokens")
    String ofUser(@PathVariable String username, Model model) {
        return page(username, "/admin/users/" + username + "/tokens", model);
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/users/{username}/tokens")
    String createFor(@PathVariable String username, @RequestParam String name,
            @RequestParam(defaultValue = "false") boolean readOnly, @RequestParam(required = false) Integer expiresInDays,
            Principal admin, RedirectAttributes flash) {
        return create(username, name, readOnly, expiresInDays, admin.getName(), "/admin/users/" + username + "/tokens", flash);
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/users/{username}/tokens/{id}/revoke")
    String revokeFor(@PathVariable String username, @PathVariable long id, Principal admin, RedirectAttributes flash) {
        tokens.revoke(username, id, admin.getName());
        flash.addFlashAttribute("revoked", id);
        return "redirect:/admin/users/" + username + "/tokens";
    }

    /** {@code tokensPath}: where tokens are created (POST) and, below it, revoked ({@code /{id}/revoke}). */
    private String page(String username, String tokensPath, Model model) {
        model.addAttribute("owner", users.get(username));
        model.addAttribute("tokens", tokens.of(username));
        model.addAttribute("tokensPath", tokensPath);
        model.addAttribute("ownAccount", tokensPath.equals("/account/tokens"));
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        model.addAttribute("defaultDays", ApiTokens.DEFAULT_DAYS);
        return "security/tokens";
    }

    private String create(String owner, String name, boolean readOnly, Integer days, String actor, String basePath,
            RedirectAttributes flash) {
        try {
            ApiTokens.Created c = tokens.create(owner, name, readOnly, days, actor);
            flash.addFlashAttribute("newToken", c.secret());
            flash.addFlashAttribute("newTokenName", c.token().name());
        } catch (InvalidUserException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:" + basePath;
    }

}
