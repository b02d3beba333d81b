package org.tongchou.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongchou.app.security.DemoAccounts;

/** Home (per role), sign-in and the access-denied page. */
@Controller
class PageController {
    private final DemoAccounts demoAccounts;

    PageController(DemoAccounts demoAccounts) {
        this.demoAccounts = demoAccounts;
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoAccounts", demoAccounts.visibleAccounts());
        return "login";
    }

    /** Forwarded to by Spring Security when a signed-in user may not open a page. */
    @RequestMapping("/denied")
    String denied(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 403);
        return "error/page";
    }
}
