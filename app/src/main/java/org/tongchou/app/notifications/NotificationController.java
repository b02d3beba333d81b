package org.tongchou.app.notifications;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongchou.app.security.ScopeService;
import org.tongchou.app.web.FieldProblemsException;
import org.tongchou.app.web.NotFound;

/** The notification centre page: the signed-in user's own notifications and their e-mail setting. */
@Controller
class NotificationController {
    private final NotificationService notifications;
    private final ScopeService scopes;

    NotificationController(NotificationService notifications, ScopeService scopes) {
        this.notifications = notifications;
        this.scopes = scopes;
    }

    String user() {
        return scopes.currentUser().orElseThrow(() -> new AccessDeniedException("not signed in")).username();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @GetMapping("/notifications")
    String page(Model model) {
        String u = user();
        model.addAttribute("items", notifications.list(u, 200));
        model.addAttribute("unread", notifications.unread(u));
        model.addAttribute("email", notifications.email(u).orElse(null));
        model.addAttribute("mailEnabled", notifications.mailEnabled());
        return "notifications/index";
    }

    /** Marks one read and, when it has a link, goes there. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, @RequestParam(defaultValue = "false") boolean open) {
        String u = user();
        if (!notifications.markRead(u, id)) throw new NotFound("no notification " + id + " of " + u);
        if (open) {
            String link = notifications.list(u, 500).stream().filter(n -> n.id() == id).map(Notification::link).findFirst().orElse(null);
            if (link != null) return "redirect:" + link;
        }
        return "redirect:/notifications";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @PostMapping("/notifications/read-all")
    String readAll() {
        notifications.markAllRead(user());
        return "redirect:/notifications";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @PostMapping("/notifications/email")
    String email(@RequestParam(required = false) String address, @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes flash) {
        try {
            notifications.saveEmail(user(), address, enabled);
            flash.addFlashAttribute("saved", true);
        } catch (FieldProblemsException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/notifications";
    }
}
