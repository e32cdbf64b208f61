package uk.lantern.web.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's view of the audit log: the newest entries, or every entry about one record (by
 * its random id, e.g. when a person asks who has looked at their record).
 */
@Controller
class AuditPageController {

    static final int SHOWN = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(name = "record", required = false) String record, Model model) {
        model.addAttribute("when", WHEN);
        if (record == null || record.isBlank()) {
            model.addAttribute("entries", audit.latest(SHOWN));
            return "admin/audit";
        }
        try {
            UUID id = UUID.fromString(record.strip());
            model.addAttribute("record", id);
            model.addAttribute("entries", audit.forRecord(id));
        } catch (IllegalArgumentException e) {
            model.addAttribute("problems", List.of(Map.of("field", "record",
                    "message", "Enter a record id in the form 3f2b6c1e-0a4d-4c55-9a57-1b2c3d4e5f60")));
            model.addAttribute("entries", audit.latest(SHOWN));
        }
        return "admin/audit";
    }
}
