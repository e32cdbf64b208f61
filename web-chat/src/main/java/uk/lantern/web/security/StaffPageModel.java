package uk.lantern.web.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.lantern.web.account.Account;
import uk.lantern.web.account.AccountStore;

/**
 * What every server-rendered staff page's layout needs: the signed-in account (for the header's
 * name, role links and sign-out button) and the idle timeout, for the warning before it runs out.
 */
@ControllerAdvice(annotations = Controller.class)
class StaffPageModel {

    private final AccountStore accounts;
    private final long sessionSeconds;
    private final long warningSeconds;

    StaffPageModel(AccountStore accounts, @Value("${server.servlet.session.timeout:30m}") Duration timeout,
            @Value("${lantern.session.warning:2m}") Duration warning) {
        this.accounts = accounts;
        this.sessionSeconds = timeout.toSeconds();
        this.warningSeconds = Math.max(1, Math.min(warning.toSeconds(), timeout.toSeconds() - 5));
    }

    @ModelAttribute("staff")
    Account staff() {
        // From the security context rather than the request, so error pages know who is signed in too.
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return accounts.find(who.getName()).orElse(null);
    }

    /**
     * Which item of the staff menu the page belongs to ({@code worker}, {@code training},
     * {@code accounts}, {@code teams}, {@code erasure}, {@code audit}, {@code password}), so the
     * header marks it as the current page; null for pages outside the menu.
     */
    @ModelAttribute("navSection")
    String navSection(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/worker")) {
            return "worker";
        } else if (path.startsWith("/training")) {
            return "training";
        } else if (path.startsWith("/admin/")) {
            String rest = path.substring("/admin/".length());
            int slash = rest.indexOf('/');
            return slash < 0 ? rest : rest.substring(0, slash);
        } else if (path.startsWith("/account/password")) {
            return "password";
        }
        return null;
    }

    @ModelAttribute("sessionSeconds")
    long sessionSeconds() {
        return sessionSeconds;
    }

    @ModelAttribute("sessionWarningSeconds")
    long warningSeconds() {
        return warningSeconds;
    }
}
