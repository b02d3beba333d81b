package org.tongchou.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /setup}: the first administrator of a fresh installation, created with the one-time setup
 * code printed at start ({@link FirstAdministrator}). Open to anyone (there is nobody to sign in
 * yet), useful only with the code; closed once an administrator exists.
 */
@Controller
@RequestMapping("/setup")
class SetupPageController {
    private final FirstAdministrator first;
    private final ClientAddresses addresses;

    SetupPageController(FirstAdministrator first, ClientAddresses addresses) {
        this.first = first;
        this.addresses = addresses;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE, anonymous = true)
    @GetMapping
    String page(Model model) {
        model.addAttribute("open", first.isOpen());
        return "security/setup";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.NONE, anonymous = true)
    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String username,
            @RequestParam(required = false) String displayName, @RequestParam(required = false) String password,
            @RequestParam(required = false) String passwordAgain, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes flash) {
        try {
            AppUser admin = first.createWithCode(code,
                    new FirstAdministrator.NewAdmin(username, displayName, password, passwordAgain), addresses.of(request));
            flash.addFlashAttribute("setupDone", admin.username());
            return "redirect:/login";
        } catch (InvalidUserException e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
        } catch (SetupRefusedException e) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.refusal().retryAfterSeconds()));
            model.addAttribute("refusedSeconds", e.refusal().retryAfterSeconds());
        }
        model.addAttribute("open", first.isOpen());
        model.addAttribute("username", username);
        model.addAttribute("displayName", displayName);
        return "security/setup";
    }
}
