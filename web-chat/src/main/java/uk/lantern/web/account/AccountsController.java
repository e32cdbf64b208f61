package uk.lantern.web.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's account pages: list, create, disable and enable. */
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
        if (role == null && form.get("role") != null && !form.get("role").isBlank()) {
            problems = new java.util.ArrayList<>(problems);
            problems.removeIf(p -> p.field().equals("role"));
            problems.add(new AccountStore.Problem("role", "Choose one of the roles listed"));
        }
        if (!problems.isEmpty()) {
            Map<String, String> kept = new LinkedHashMap<>(form);
            kept.remove("password");
            kept.remove("_csrf");
            model.addAttribute("form", kept);
            model.addAttribute("problems", problems);
            return list(model);
        }
        Account created = accounts.create(account, who.getName());
        redirect.addFlashAttribute("done", "Account " + created.username() + " created. Give them their password "
                + "in person or by phone, never by email.");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, Authentication who,
            RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, enabled, who.getName());
            redirect.addFlashAttribute("done", enabled ? "Account enabled." : "Account disabled: it can no longer sign in.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    private static Role parseRole(String value) {
        if (value == null) {
            return null;
        }
        for (Role role : Role.values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }
}
