package org.tongchou.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page, listing the accounts a demo installation shows. */
@Controller
class SignInPageController {
    /** Request attribute: the {@link SignInThrottle.Refusal} of a refused sign-in attempt. */
    static final String REFUSAL = SignInPageController.class.getName() + ".refusal";
    private final List<ShownAccounts> shown;

    SignInPageController(List<ShownAccounts> shown) {
        this.shown = shown;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE, anonymous = true)
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoAccounts", shown.stream().flatMap(s -> s.visibleAccounts().stream()).toList());
        return "security/login";
    }

    /**
     * The sign-in page again after a refused attempt (forwarded to with status 429 by the failure
     * handler): how long to wait, and whether the account is locked. Opened directly, it is the plain
     * sign-in page.
     */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE, anonymous = true)
    @RequestMapping("/login/refused")
    String refused(HttpServletRequest request, Model model) {
        if (request.getAttribute(REFUSAL) instanceof SignInThrottle.Refusal r) {
            model.addAttribute("refusedSeconds", r.retryAfterSeconds());
            model.addAttribute("refusedLocked", r.locked());
        }
        return login(model);
    }
}
