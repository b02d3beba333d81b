package org.tongchou.app.notifications;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tongchou.app.security.ScopeService;
import org.tongchou.app.web.NotFound;

/** JSON API of the notification centre: every signed-in user, their own notifications only. */
@RestController
@Tag(name = "notifications", description = "The signed-in user's notifications (deadlines, overdue, sent back) and e-mail setting")
class NotificationApiController {
    private final NotificationService notifications;
    private final ScopeService scopes;

    NotificationApiController(NotificationService notifications, ScopeService scopes) {
        this.notifications = notifications;
        this.scopes = scopes;
    }

    record NotificationJson(long id, String kind, String textZh, String textEn, String link, OffsetDateTime createdAt, OffsetDateTime readAt) {
    }

    record InboxJson(long unread, List<NotificationJson> items) {
    }

    record EmailJson(String address, boolean enabled, boolean mailConfigured) {
    }

    private String user() {
        return scopes.currentUser().orElseThrow(() -> new AccessDeniedException("not signed in")).username();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @GetMapping("/api/notifications")
    @Operation(summary = "The signed-in user's notifications, newest first, and how many are unread")
    InboxJson inbox() {
        String u = user();
        return new InboxJson(notifications.unread(u), notifications.list(u, 200).stream()
                .map(n -> new NotificationJson(n.id(), n.kind(), n.textZh(), n.textEn(), n.link(), n.createdAt(), n.readAt())).toList());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @PostMapping("/api/notifications/{id}/read")
    @Operation(summary = "Marks one of the user's notifications read (404 when it is not theirs)")
    InboxJson read(@PathVariable long id) {
        if (!notifications.markRead(user(), id)) throw new NotFound("no notification " + id);
        return inbox();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @GetMapping("/api/notifications/email")
    @Operation(summary = "The user's e-mail address for notifications, whether it is on, and whether the server can send e-mail")
    EmailJson email() {
        var e = notifications.email(user());
        return new EmailJson(e.map(NotificationRepository.Email::address).orElse(null), e.map(NotificationRepository.Email::enabled).orElse(false),
                notifications.mailEnabled());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE)
    @PutMapping("/api/notifications/email")
    @Operation(summary = "Sets the user's e-mail address for notifications (blank removes it); 400 when it is not an address")
    EmailJson setEmail(@RequestBody EmailJson body) {
        notifications.saveEmail(user(), body.address(), body.enabled());
        return email();
    }
}
