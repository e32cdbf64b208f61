package uk.lantern.web.secondfactor;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.account.Role;
import uk.lantern.web.account.StaffUser;

/**
 * The admin's second-factor pages: enrolling an authenticator app (the secret shown once, as a QR
 * code and as text, confirmed with a code), typing a code after the password at every sign-in,
 * and another admin's reset. The secret being enrolled waits in the server-side session until it
 * is confirmed; it is never in a URL, a cookie or a log.
 */
@Controller
class SecondFactorController {

    static final String PENDING = "lantern.second-factor.pending";

    private final SecondFactorStore store;
    private final TimeBasedCodes codes;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorController(SecondFactorStore store, TimeBasedCodes codes, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.clock = clock;
    }

    @GetMapping(AdminSecondFactorGate.CODE_PAGE)
    String codeForm(Authentication who) {
        if (!needsCode(who)) {
            return "redirect:/home";
        }
        return store.enrolled(who.getName()) ? "account/second-factor" : "redirect:" + AdminSecondFactorGate.ENROL_PAGE;
    }

    @PostMapping(AdminSecondFactorGate.CODE_PAGE)
    String checkCode(@RequestParam(defaultValue = "") String code, Authentication who, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!needsCode(who)) {
            return "redirect:/home";
        }
        SecondFactorStore.Outcome outcome = store.verify(who.getName(), code, request.getRemoteAddr());
        if (outcome instanceof SecondFactorStore.Accepted) {
            signedInWithCode(who, request, response);
            return "redirect:/home";
        }
        model.addAttribute("problems", List.of(problem(outcome, code)));
        return "account/second-factor";
    }

    @GetMapping(AdminSecondFactorGate.ENROL_PAGE)
    String enrolForm(Authentication who, HttpSession session, Model model, HttpServletResponse response) {
        if (!needsCode(who) || store.enrolled(who.getName())) {
            return "redirect:" + AdminSecondFactorGate.CODE_PAGE;
        }
        // One pending secret per session, kept only once a code from it is confirmed. It is not
        // replaced when the page is asked for again: a browser also asks for it when a stylesheet or
        // icon request is sent here by the gate, and a new secret then would no longer match the key
        // the person sees and has typed into their app.
        String secret = session.getAttribute(PENDING) instanceof String pending ? pending : codes.newSecret();
        session.setAttribute(PENDING, secret);
        return enrolPage(who, secret, model, response);
    }

    @PostMapping(AdminSecondFactorGate.ENROL_PAGE)
    String enrol(@RequestParam(defaultValue = "") String code, Authentication who, HttpSession session, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!needsCode(who) || !(session.getAttribute(PENDING) instanceof String secret)) {
            return "redirect:" + AdminSecondFactorGate.CODE_PAGE;
        }
        SecondFactorStore.Outcome outcome = store.enrol(who.getName(), secret, code, request.getRemoteAddr());
        if (outcome instanceof SecondFactorStore.Accepted) {
            session.removeAttribute(PENDING);
            signedInWithCode(who, request, response);
            return "redirect:/home";
        }
        model.addAttribute("problems", List.of(problem(outcome, code)));
        return enrolPage(who, secret, model, response);
    }

    /** Another admin's reset for someone who lost their app: they enrol again at their next sign-in. */
    @PostMapping("/admin/accounts/{id}/second-factor-reset")
    String reset(@PathVariable long id, Authentication who, RedirectAttributes redirect) {
        try {
            store.reset(id, who.getName());
            redirect.addFlashAttribute("done", "Second factor reset: their open sessions have ended, and they set up "
                    + "their authenticator app again when they next sign in.");
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    private String enrolPage(Authentication who, String secret, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("qr", EnrolmentQr.dataUri(EnrolmentQr.keyUri(who.getName(), secret)));
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        return "account/second-factor-enrol";
    }

    private static boolean needsCode(Authentication who) {
        return who.getPrincipal() instanceof StaffUser user && user.role() == Role.ADMIN && !Factors.hasCode(who);
    }

    /** This session carries on under a new id, now with the code factor. */
    private void signedInWithCode(Authentication who, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who.getPrincipal(), null,
                Factors.withCode(who, clock.instant())));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static AccountStore.Problem problem(SecondFactorStore.Outcome outcome, String code) {
        String message = switch (outcome) {
            case SecondFactorStore.TooEarly early -> "There have been several wrong codes from here. Wait "
                    + early.waitSeconds() + (early.waitSeconds() == 1 ? " second" : " seconds") + ", then try again.";
            case SecondFactorStore.Replayed replayed -> "That code has been used. Wait for the next code from your "
                    + "app, then enter it.";
            default -> TimeBasedCodes.looksLikeACode(code)
                    ? "The code is not right. Enter the code your authenticator app shows now."
                    : "Enter the 6-digit code from your authenticator app.";
        };
        return new AccountStore.Problem("code", message);
    }
}
