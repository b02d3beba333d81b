package org.tongchou.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page's layout the signed-in user, the navigation that user may see and the language switch's links. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {
    private final PageUsers users;
    private final Navigation navigation;

    LayoutAdvice(PageUsers users, Navigation navigation) {
        this.users = users;
        this.navigation = navigation;
    }

    @ModelAttribute("currentUser")
    PageUser currentUser() {
        return users.current().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * The page's query string without {@code lang}, ending in {@code &} when not empty: the language
     * switch keeps what the page shows (period, towns, map layer, ...) and only changes the language.
     */
    @ModelAttribute("langQuery")
    String langQuery(HttpServletRequest request) {
        String q = request.getQueryString();
        if (q == null || q.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        for (String part : q.split("&")) {
            if (part.isEmpty() || part.equals("lang") || part.startsWith("lang=")) continue;
            b.append(part).append('&');
        }
        return b.toString();
    }

    @ModelAttribute("navLinks")
    List<NavLink> navLinks() {
        return navigation.linksFor(users.current());
    }
}
