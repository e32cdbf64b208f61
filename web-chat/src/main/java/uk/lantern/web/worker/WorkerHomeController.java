package uk.lantern.web.worker;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.lantern.web.records.RecordSummary;
import uk.lantern.web.records.ScreeningRecords;

/**
 * The worker's start page: the team's screenings, the follow-ups due within a week, the exports,
 * and (drawn by the page's script) screenings on this device still waiting to be sent.
 */
@Controller
class WorkerHomeController {

    /** Follow-ups due this many days ahead are listed as due, so a visit can be planned. */
    static final int FOLLOW_UP_DAYS_AHEAD = 7;

    private final ScreeningRecords records;
    private final ScreeningResults results;
    private final WorkerDates dates;

    WorkerHomeController(ScreeningRecords records, ScreeningResults results, WorkerDates dates) {
        this.records = records;
        this.results = results;
        this.dates = dates;
    }

    @GetMapping("/worker")
    String home(Authentication who, Model model) {
        model.addAttribute("records", rows(records.list(who.getName())));
        model.addAttribute("followUps",
                rows(records.followUpsDue(who.getName(), dates.today().plusDays(FOLLOW_UP_DAYS_AHEAD))));
        model.addAttribute("daysAhead", FOLLOW_UP_DAYS_AHEAD);
        return "worker/home";
    }

    private List<RecordRow> rows(List<RecordSummary> summaries) {
        return summaries.stream().map(s -> new RecordRow(s.id(), s.reference(), s.worker(), s.createdAt(),
                results.bandLabel(s.band()), s.score(), s.urgent(), s.followUpOn(), s.followUpDone())).toList();
    }
}
