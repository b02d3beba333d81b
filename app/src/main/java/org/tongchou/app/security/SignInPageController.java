package org.tongchou.app.security;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, listing the accounts a demo installation shows. */
@Controller
class SignInPageController {
    private final List<ShownAccounts> shown;

    SignInPageController(List<ShownAccounts> shown) {
        this.shown = shown;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoAccounts", shown.stream().flatMap(s -> s.visibleAccounts().stream()).toList());
        return "security/login";
    }
}
