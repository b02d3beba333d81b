package org.tongchou.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Home (per role) and the access-denied page; the sign-in page is the security module's. */
@Controller
class PageController {
    @GetMapping("/")
    String home() {
        return "home";
    }

    /** Forwarded to by Spring Security when a signed-in user may not open a page. */
    @RequestMapping("/denied")
    String denied(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 403);
        return "error/page";
    }
}
