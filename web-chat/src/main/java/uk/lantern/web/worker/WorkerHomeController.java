package uk.lantern.web.worker;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import uk.lantern.web.records.RecordSummary;
import uk.lantern.web.records.RecordsPage;
import uk.lantern.web.records.RecordsQuery;
import uk.lantern.web.records.ScreeningRecords;

/**
 * The worker's start page: the follow-ups due within a week, the team's screenings a page at a
 * time (newest first; search by reference; only mine; only follow-ups due), the exports, and
 * (drawn by the page's script) screenings on this device still waiting to be sent.
 *
 * <p>The reference searched for is kept in the worker's session, never in the address, because
 * nothing typed about a person goes into a URL or a log. The filters and page number are in the
 * address ({@code /worker?show=mine&followUps=due&page=2}); unknown values read as the defaults.
 */
@Controller
class WorkerHomeController {

    /** Follow-ups due this many days ahead are listed as due, so a visit can be planned. */
    static final int FOLLOW_UP_DAYS_AHEAD = 7;
    /** Records per page: small enough for a poor signal. */
    static final int PAGE_SIZE = 25;
    static final String SEARCH = "lantern.records.search";
    private static final int LONGEST_SEARCH = 40;

    private final ScreeningRecords records;
    private final ScreeningResults results;
    private final WorkerDates dates;

    WorkerHomeController(ScreeningRecords records, ScreeningResults results, WorkerDates dates) {
        this.records = records;
        this.results = results;
        this.dates = dates;
    }

    @GetMapping("/worker")
    String home(@RequestParam(required = false) String show, @RequestParam(required = false) String followUps,
            @RequestParam(required = false) String page, Authentication who, HttpSession session, Model model) {
        boolean mine = "mine".equals(show);
        boolean due = "due".equals(followUps);
        String search = session.getAttribute(SEARCH) instanceof String s ? s : null;
        RecordsPage found = records.find(who.getName(), new RecordsQuery(search, mine,
                due ? dates.today().plusDays(FOLLOW_UP_DAYS_AHEAD) : null, pageNumber(page), PAGE_SIZE));
        model.addAttribute("records", rows(found.records()));
        model.addAttribute("found", found);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("search", search);
        model.addAttribute("mine", mine);
        model.addAttribute("due", due);
        model.addAttribute("previousPage", found.page() > 1 ? address(mine, due, found.page() - 1) : null);
        model.addAttribute("nextPage", found.page() < found.pages() ? address(mine, due, found.page() + 1) : null);
        model.addAttribute("followUps",
                rows(records.followUpsDue(who.getName(), dates.today().plusDays(FOLLOW_UP_DAYS_AHEAD))));
        model.addAttribute("daysAhead", FOLLOW_UP_DAYS_AHEAD);
        return "worker/home";
    }

    /**
     * Asks before signing out when this tablet holds an unfinished screening or answers not yet sent
     * (the sign-out button's script comes here only then); the page's script names what is held,
     * and its buttons are a plain form and link, so they work without it.
     */
    @GetMapping("/worker/sign-out")
    String signOutCheck() {
        return "worker/sign-out";
    }

    /** Keeps the reference to search for in the session (blank clears it) and shows the first page. */
    @PostMapping("/worker/search")
    String search(@RequestParam(required = false) String reference, @RequestParam(required = false) String show,
            @RequestParam(required = false) String followUps, HttpSession session) {
        String text = reference == null ? "" : reference.strip();
        if (text.isEmpty()) {
            session.removeAttribute(SEARCH);
        } else {
            session.setAttribute(SEARCH, text.length() > LONGEST_SEARCH ? text.substring(0, LONGEST_SEARCH) : text);
        }
        return "redirect:" + address("mine".equals(show), "due".equals(followUps), 1) + "#records-title";
    }

    private static String address(boolean mine, boolean due, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/worker");
        if (mine) {
            uri.queryParam("show", "mine");
        }
        if (due) {
            uri.queryParam("followUps", "due");
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.build().toUriString();
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private List<RecordRow> rows(List<RecordSummary> summaries) {
        return summaries.stream().map(s -> new RecordRow(s.id(), s.reference(), s.worker(), s.createdAt(),
                results.bandLabel(s.band()), s.score(), s.urgent(), s.followUpOn(), s.followUpDone())).toList();
    }
}
