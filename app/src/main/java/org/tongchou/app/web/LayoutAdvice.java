package org.tongchou.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.ScopeService;

/** Gives every page's layout the signed-in user and the navigation that user may see. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {
    private final ScopeService scopes;
    private final Navigation navigation;

    LayoutAdvice(ScopeService scopes, Navigation navigation) {
        this.scopes = scopes;
        this.navigation = navigation;
    }

    @ModelAttribute("currentUser")
    AppUser currentUser() {
        return scopes.currentUser().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("navLinks")
    List<NavLink> navLinks() {
        return scopes.currentUser().map(u -> navigation.linksFor(u.role())).orElse(List.of());
    }
}
