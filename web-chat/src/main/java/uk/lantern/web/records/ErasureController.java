package uk.lantern.web.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.web.account.Team;
import uk.lantern.web.account.AccountStore;

/**
 * The admin's erasure page, for a person's request to have their records erased: team and
 * reference, a confirmation, then every matching record is deleted. The page reports only how
 * many; the audit keeps an entry per record without personal data.
 */
@Controller
class ErasureController {

    private final ScreeningRecords records;
    private final AccountStore accounts;

    ErasureController(ScreeningRecords records, AccountStore accounts) {
        this.records = records;
        this.accounts = accounts;
    }

    @GetMapping("/admin/erasure")
    String form(Model model) {
        model.addAttribute("teams", accounts.teams().all().stream().map(Team::name).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "admin/erasure";
    }

    @PostMapping("/admin/erasure")
    String erase(@RequestParam Map<String, String> form, Authentication who, Model model,
            RedirectAttributes redirect) {
        List<InvalidScreeningException.Problem> problems = new ArrayList<>();
        String team = form.getOrDefault("team", "").strip();
        String reference = form.getOrDefault("reference", "").strip();
        if (team.isEmpty()) {
            problems.add(new InvalidScreeningException.Problem("team", "Choose the team that holds the records"));
        }
        if (reference.isEmpty()) {
            problems.add(new InvalidScreeningException.Problem("reference", "Enter the reference of the records"));
        }
        if (!"yes".equals(form.get("confirm"))) {
            problems.add(new InvalidScreeningException.Problem("confirm",
                    "Confirm that the person asked for their records to be erased"));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            model.addAttribute("form", Map.of("team", team, "reference", reference));
            return form(model);
        }
        int erased = records.eraseReference(team, reference, who.getName());
        redirect.addFlashAttribute("erased", erased);
        return "redirect:/admin/erasure";
    }
}
