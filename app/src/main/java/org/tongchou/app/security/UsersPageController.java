package org.tongchou.app.security;

import org.tongchou.app.web.FieldProblem;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The users administration page (ADMIN only, enforced in {@link SecurityConfig}). */
@Controller
@RequestMapping("/admin/users")
class UsersPageController {
    private static final int AUDIT_ROWS = 20;
    private final UserService users;
    private final AuditService audit;
    private final SignInThrottle throttle;

    UsersPageController(UserService users, AuditService audit, SignInThrottle throttle) {
        this.users = users;
        this.audit = audit;
        this.throttle = throttle;
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping
    String page(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        // accounts locked by the sign-in throttle, with the time each unlocks by itself
        model.addAttribute("locked", throttle.locked().stream().collect(java.util.stream.Collectors.toMap(
                ThrottleRepository.Row::subject, ThrottleRepository.Row::lockedUntil)));
        model.addAttribute("signIns", audit.recentSignIns(AUDIT_ROWS));
        model.addAttribute("changes", audit.recentChanges(AUDIT_ROWS));
        return "security/users";
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
            @RequestParam(required = false) Role role, @RequestParam(required = false) String scopeUnit,
            Principal actor, RedirectAttributes flash) {
        return run(flash, "users.created", username,
                () -> users.create(new NewUser(username.strip(), displayName, password, role, scopeUnit), actor.getName()));
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam Role role,
            @RequestParam(required = false) String scopeUnit, Principal actor, RedirectAttributes flash) {
        return run(flash, "users.roleChanged", username,
                () -> users.changeRole(username, role, scopeUnit, actor.getName()));
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam String password, Principal actor,
            RedirectAttributes flash) {
        return run(flash, "users.passwordReset", username,
                () -> users.resetPassword(username, password, actor.getName()));
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/{username}/enabled")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled, Principal actor,
            RedirectAttributes flash) {
        return run(flash, enabled ? "users.enabled" : "users.disabled", username,
                () -> users.setEnabled(username, enabled, actor.getName()));
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/{username}/unlock")
    String unlock(@PathVariable String username, Principal actor, RedirectAttributes flash) {
        return run(flash, "users.unlocked", username, () -> {
            users.get(username);
            throttle.unlock(username, actor.getName());
        });
    }

    private static String run(RedirectAttributes flash, String successKey, String username, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("successKey", successKey);
            flash.addFlashAttribute("successArg", username);
        } catch (InvalidUserException e) {
            flash.addFlashAttribute("problems", e.problems());
        } catch (UnknownUserException e) {
            flash.addFlashAttribute("problems", List.of(new FieldProblem("username", username, e.getMessage())));
        }
        return "redirect:/admin/users";
    }
}
