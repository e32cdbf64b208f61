package uk.lantern.web.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's account pages: list and create; change a person's name, role and team; disable and
 * enable; reset a password (the one-time password is shown once, on the page that answers the
 * reset, and never kept).
 */
@Controller
class AccountsController {

    private final AccountStore accounts;

    AccountsController(AccountStore accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("teams", accounts.teams().all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new LinkedHashMap<String, String>());
        }
        return "admin/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(@RequestParam Map<String, String> form, Authentication who, Model model,
            RedirectAttributes redirect) {
        Role role = parseRole(form.get("role"));
        var account = new AccountStore.NewAccount(form.get("username"), form.get("displayName"), role,
                form.get("team"), form.get("password"));
        List<AccountStore.Problem> problems = accounts.check(account);
        if (!problems.isEmpty()) {
            model.addAttribute("form", kept(form, "password"));
            model.addAttribute("problems", problems);
            return list(model);
        }
        Account created = accounts.create(account, who.getName());
        redirect.addFlashAttribute("done", "Account " + created.username() + " created. Give them their first "
                + "password in person or by phone, never by email; they choose their own when they first sign in.");
        return "redirect:/admin/accounts";
    }

    @GetMapping("/admin/accounts/{id}")
    String edit(@PathVariable long id, Model model) {
        Account account = accounts.byId(id).orElseThrow(NoSuchAccountException::new);
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("teams", accounts.teams().all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("displayName", account.displayName(), "role", account.role().name(),
                    "team", account.team()));
        }
        return "admin/account";
    }

    @PostMapping("/admin/accounts/{id}")
    String update(@PathVariable long id, @RequestParam Map<String, String> form, Authentication who, Model model,
            RedirectAttributes redirect) {
        Account account = accounts.byId(id).orElseThrow(NoSuchAccountException::new);
        var change = new AccountStore.AccountChange(form.get("displayName"), parseRole(form.get("role")),
                form.get("team"));
        try {
            accounts.update(id, change, who.getName());
        } catch (AccountStore.InvalidAccountException invalid) {
            model.addAttribute("form", kept(form));
            model.addAttribute("problems", invalid.problems());
            return edit(id, model);
        }
        redirect.addFlashAttribute("done", "Account " + account.username() + " changed. A new role or team takes "
                + "effect at once: their open sessions have ended.");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, Authentication who,
            RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, enabled, who.getName());
            redirect.addFlashAttribute("done", enabled ? "Account enabled."
                    : "Account disabled: it can no longer sign in, and its open sessions have ended.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    /** Answers with the one-time password itself, once: never cached, never in a redirect or the session. */
    @PostMapping("/admin/accounts/{id}/password-reset")
    String resetPassword(@PathVariable long id, Authentication who, Model model, HttpServletResponse response) {
        Account account = accounts.byId(id).orElseThrow(NoSuchAccountException::new);
        model.addAttribute("account", account);
        model.addAttribute("oneTimePassword", accounts.resetPassword(id, who.getName()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "admin/password-reset";
    }

    private static Map<String, String> kept(Map<String, String> form, String... dropped) {
        Map<String, String> kept = new LinkedHashMap<>(form);
        kept.remove("_csrf");
        for (String field : dropped) {
            kept.remove(field);
        }
        return kept;
    }

    static Role parseRole(String value) {
        for (Role role : Role.values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }

    /** A made-up or removed account id: 404. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NoSuchAccountException extends RuntimeException {
        NoSuchAccountException() {
            super("There is no such account");
        }
    }
}
