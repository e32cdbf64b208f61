package uk.lantern.web.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import uk.lantern.web.account.AccountStore;

/** The sign-in page, the landing page for each role, and the idle-timeout keep-alive. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(HttpServletRequest request, Model model) {
        Map<String, String[]> flags = request.getParameterMap();
        if (flags.containsKey("wait")) {
            model.addAttribute("problem", "There have been several failed sign-ins from here. Wait "
                    + waitWords(request.getParameter("wait")) + ", then try again.");
        } else if (flags.containsKey("too-long")) {
            model.addAttribute("problem", "Password must be " + AccountStore.MAX_PASSWORD + " characters or fewer.");
        } else if (flags.containsKey("error")) {
            model.addAttribute("problem", "The username or password is not right, or the account is disabled.");
        }
        if (flags.containsKey("signed-out")) {
            model.addAttribute("notice", "You have signed out.");
        } else if (flags.containsKey("ended")) {
            model.addAttribute("notice", "You were signed out because your account was changed. "
                    + "Sign in again to carry on.");
        } else if (flags.containsKey("timed-out")) {
            model.addAttribute("notice", "You were signed out because nothing happened for a while. "
                    + "Answers you had not sent are still on this device; sign in to carry on.");
        }
        return "sign-in";
    }

    /** "45 seconds" or "3 minutes" from the redirect's whole number of seconds; anything else reads "a minute". */
    static String waitWords(String seconds) {
        long s;
        try {
            s = Long.parseLong(seconds);
        } catch (NumberFormatException notANumber) {
            return "a minute";
        }
        if (s <= 0 || s > 86_400) {
            return "a minute";
        }
        if (s < 90) {
            return s == 1 ? "1 second" : s + " seconds";
        }
        return ((s + 59) / 60) + " minutes";
    }

    /** Where sign-in lands: each role's own start page. */
    @GetMapping("/home")
    String home(Authentication who) {
        for (GrantedAuthority authority : who.getAuthorities()) {
            switch (authority.getAuthority()) {
                case "ROLE_WORKER" -> {
                    return "redirect:/worker";
                }
                case "ROLE_TRAINER" -> {
                    return "redirect:/training";
                }
                case "ROLE_ADMIN" -> {
                    return "redirect:/admin/accounts";
                }
                default -> { }
            }
        }
        return "redirect:/sign-in";
    }

    /**
     * Called by the idle-timeout warning's "Stay signed in": touching the session keeps it alive,
     * but never past the absolute lifetime, which {@link SessionFollowsAccount} enforces first.
     */
    @PostMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
