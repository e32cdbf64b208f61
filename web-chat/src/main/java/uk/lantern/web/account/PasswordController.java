package uk.lantern.web.account;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person changing their own password at {@code /account/password}: any time, and necessarily
 * while the password is one an admin chose (the first sign-in, after a reset). A change ends every
 * other session of theirs; this one carries on with the account's new session epoch.
 */
@Controller
class PasswordController {

    private final AccountStore accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(AccountStore accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(Authentication who, Model model) {
        model.addAttribute("forced", accounts.find(who.getName()).map(Account::mustChangePassword).orElse(false));
        model.addAttribute("maxPassword", AccountStore.MAX_PASSWORD);
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm, Authentication who, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        List<AccountStore.Problem> problems = password.equals(confirm)
                ? accounts.changePassword(who.getName(), current, password)
                : List.of(new AccountStore.Problem("confirm", "The two new passwords are not the same"));
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return form(who, model);
        }
        // This session carries on, under a new id, signed in again as the account is now (its new epoch).
        request.changeSessionId();
        StaffUser now = (StaffUser) accounts.loadUserByUsername(who.getName());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        // The factors this session proved (password, an admin's code) still hold: only the account's epoch moved on.
        List<GrantedAuthority> authorities = new ArrayList<>(now.getAuthorities());
        who.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance).forEach(authorities::add);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, authorities));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("done", "Your password has been changed. Any other sessions of yours have ended.");
        return "redirect:/account/password";
    }
}
