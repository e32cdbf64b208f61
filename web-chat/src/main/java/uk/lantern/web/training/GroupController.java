package uk.lantern.web.training;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import uk.lantern.web.account.AccountStore;

/** What a trainer sees of their own team's quiz results, as a page and as JSON. Trainers only. */
@Controller
class GroupController {

    private final AccountStore accounts;
    private final GroupResults results;
    private final CaseViews cases;

    GroupController(AccountStore accounts, GroupResults results, CaseViews cases) {
        this.accounts = accounts;
        this.results = results;
        this.cases = cases;
    }

    @GetMapping("/training/group")
    String page(Authentication who, Model model) {
        model.addAttribute("group", results.of(team(who)));
        Map<String, String> titles = new LinkedHashMap<>();
        cases.all().forEach(c -> titles.put(c.id(), c.title()));
        model.addAttribute("titles", titles);
        return "training/group";
    }

    @GetMapping("/api/training/group/results")
    @ResponseBody
    GroupResults.Group json(Authentication who) {
        return results.of(team(who));
    }

    private String team(Authentication who) {
        return accounts.find(who.getName()).map(a -> a.team())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "No account found"));
    }
}
