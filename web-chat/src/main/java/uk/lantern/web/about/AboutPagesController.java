package uk.lantern.web.about;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement ({@code /accessibility}), privacy notice ({@code /privacy}) and
 * who runs this service ({@code /who-runs-this-service}): public pages, linked from the footer of
 * every page, filled in from the deployment's {@code lantern.service.*} properties.
 */
@Controller
class AboutPagesController {

    private final ServiceOperator operator;

    AboutPagesController(
            @Value("${lantern.service.organisation}") String organisation,
            @Value("${lantern.service.contact}") String contact,
            @Value("${lantern.service.data-controller}") String dataController,
            @Value("${lantern.service.statement-date}") String statementDate,
            @Value("${lantern.chat.idle-minutes:30}") long idleMinutes,
            @Value("${lantern.records.retention:730d}") Duration retention) {
        this.operator = new ServiceOperator(organisation, contact, dataController, statementDate, idleMinutes,
                retention.toDays() + " days");
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        model.addAttribute("operator", operator);
        return "about/accessibility";
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("operator", operator);
        return "about/privacy";
    }

    @GetMapping("/who-runs-this-service")
    String whoRunsThis(Model model) {
        model.addAttribute("operator", operator);
        return "about/who-runs-this-service";
    }
}
