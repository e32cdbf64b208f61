package uk.lantern.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.account.AccountStore.Problem;

/** The sign-in page, the landing page for each role, and the idle-timeout keep-alive. */
@Controller
class SignInController {

    /** Session attribute: the failed sign-in's form, read once by the next sign-in page (never the password). */
    private static final String FAILED = "lantern.sign-in.failed";
    /** Longer than any username an account can have; anything longer is not kept. */
    private static final int LONGEST_KEPT = 100;

    /** What a failed sign-in leaves for the page after the redirect: the username typed and which fields were empty. */
    record Failed(String username, boolean passwordBlank) implements java.io.Serializable {
    }

    /**
     * Called by the sign-in failure handler: keeps the username typed (never the password) in the
     * session for the one page that follows, so the person need not type it again and the URL
     * carries nothing they typed.
     */
    static void remember(HttpServletRequest request) {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        String kept = username == null || username.length() > LONGEST_KEPT ? "" : username.strip();
        request.getSession().setAttribute(FAILED, new Failed(kept, password == null || password.isEmpty()));
    }

    @GetMapping("/sign-in")
    String signIn(HttpServletRequest request, Model model) {
        Map<String, String[]> flags = request.getParameterMap();
        Failed failed = takeFailed(request);
        List<Problem> problems = new ArrayList<>();
        if (flags.containsKey("wait")) {
            problems.add(new Problem("username", "There have been several failed sign-ins from here. Wait "
                    + waitWords(request.getParameter("wait")) + ", then try again."));
        } else if (flags.containsKey("too-long")) {
            problems.add(new Problem("password", "Password must be " + AccountStore.MAX_PASSWORD + " characters or fewer."));
        } else if (flags.containsKey("error")) {
            if (failed != null && failed.username().isEmpty()) {
                problems.add(new Problem("username", "Enter your username"));
            }
            if (failed != null && failed.passwordBlank()) {
                problems.add(new Problem("password", "Enter your password"));
            }
            if (problems.isEmpty()) {
                problems.add(new Problem("username", "The username or password is not right, or the account is disabled."));
            }
        }
        model.addAttribute("problems", problems);
        Map<String, String> errors = new java.util.HashMap<>();
        problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem.message()));
        model.addAttribute("errors", errors);
        model.addAttribute("username", failed == null ? "" : failed.username());
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

    private static Failed takeFailed(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(FAILED) instanceof Failed failed)) {
            return null;
        }
        session.removeAttribute(FAILED);
        return failed;
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
