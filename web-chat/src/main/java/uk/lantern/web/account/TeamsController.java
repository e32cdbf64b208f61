package uk.lantern.web.account;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The admin's team list: add a team, rename one, set its contact for the leaflet. Account forms
 * choose from this list.
 */
@Controller
class TeamsController {

    private final Teams teams;

    TeamsController(Teams teams) {
        this.teams = teams;
    }

    @GetMapping("/admin/teams")
    String list(Model model) {
        model.addAttribute("teams", teams.all());
        return "admin/teams";
    }

    @PostMapping("/admin/teams")
    String create(@RequestParam(defaultValue = "") String name, Authentication who, Model model,
            RedirectAttributes redirect) {
        try {
            Team team = teams.create(name, who.getName());
            redirect.addFlashAttribute("done", "Team " + team.name() + " added.");
            return "redirect:/admin/teams";
        } catch (IllegalArgumentException problem) {
            model.addAttribute("problems", List.of(new AccountStore.Problem("name", problem.getMessage())));
            model.addAttribute("name", name);
            return list(model);
        }
    }

    /** Sets a team's phone and email for the leaflet; a problem shows the GOV.UK error summary and keeps what was typed. */
    @PostMapping("/admin/teams/{id}/contact")
    String contact(@PathVariable long id, @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String email, Authentication who, Model model, RedirectAttributes redirect) {
        Team team = teams.byId(id).orElse(null);
        if (team == null) {
            redirect.addFlashAttribute("refused", "There is no such team");
            return "redirect:/admin/teams";
        }
        List<AccountStore.Problem> problems = teams.contactProblems(phone, email);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems.stream()
                    .map(p -> new AccountStore.Problem(p.field() + "-" + id, p.message())).toList());
            model.addAttribute("contactTeam", id);
            model.addAttribute("contactPhone", phone);
            model.addAttribute("contactEmail", email);
            return list(model);
        }
        teams.setContact(id, phone, email, who.getName());
        redirect.addFlashAttribute("done", "Contact for " + team.name() + " saved. It is printed on the team's leaflets.");
        return "redirect:/admin/teams";
    }

    @PostMapping("/admin/teams/{id}")
    String rename(@PathVariable long id, @RequestParam(defaultValue = "") String name, Authentication who,
            RedirectAttributes redirect) {
        try {
            teams.rename(id, name, who.getName());
            redirect.addFlashAttribute("done", "Team renamed. Its accounts and records moved with it.");
        } catch (IllegalArgumentException problem) {
            redirect.addFlashAttribute("refused", problem.getMessage());
        }
        return "redirect:/admin/teams";
    }
}
