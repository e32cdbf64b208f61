package uk.lantern.web.directory;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.lantern.directory.ImportOptions;
import uk.lantern.directory.ImportOutcome;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.importer.ImportProblem;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.importer.PostcodePlacement;
import uk.lantern.directory.store.DirectoryStore;
import uk.lantern.directory.store.ImportRecord;
import uk.lantern.directory.taxonomy.TaxonomyMapping;
import uk.lantern.web.audit.AuditLog;
import uk.lantern.web.operations.LanternMeters;

/**
 * The admin directory page ({@value #PAGE}, admins only, forms with CSRF tokens): where the
 * directory's data came from, the history of imports and harvests with their problems, "harvest
 * now" for the council's feed, imports of an HSDS JSON file or CSV package with the confirmation
 * an import needs when it removes many services, and the taxonomy mapping with the council terms
 * it leaves unmapped. Every change is in the audit log.
 *
 * <p>The page lives apart from {@code /admin/directory/**}, which is the bearer-token API.
 */
@Controller
class DirectoryPageController {
    static final String PAGE = "/admin/local-services";
    private static final int HISTORY = 20;
    private static final int SHOWN_PROBLEMS = 20;
    private static final int SHOWN_UNMAPPED = 50;
    /** How the page shows a time (UTC). */
    static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy HH:mm", java.util.Locale.UK).withZone(java.time.ZoneOffset.UTC);

    private final LocalServicesDirectory directory;
    private final ObjectProvider<FeedSchedule> feed;
    private final PendingImports pending;
    private final AuditLog audit;
    private final int maxImportBytes;
    private final double maxRemovalShare;
    private final LanternMeters meters;

    DirectoryPageController(LocalServicesDirectory directory, ObjectProvider<FeedSchedule> feed, PendingImports pending,
            AuditLog audit, LanternMeters meters, @Value("${lantern.directory.max-import-bytes:20971520}") int maxImportBytes,
            @Value("${lantern.directory.max-removal-share:0.25}") double maxRemovalShare) {
        this.directory = directory;
        this.meters = meters;
        this.feed = feed;
        this.pending = pending;
        this.audit = audit;
        this.maxImportBytes = maxImportBytes;
        this.maxRemovalShare = maxRemovalShare;
    }

    /** A form problem: the id of the field it links to and what to do. */
    record Problem(String field, String message) {
    }

    /** One history entry with the first of its problems; {@code closedAt} when a wait for confirmation ended. */
    record HistoryRow(ImportRecord record, List<ImportProblem> problems, Instant closedAt) {
        public boolean applied() {
            return ImportRecord.APPLIED.equals(record.outcome());
        }

        /** Held by the removal guard for an admin's confirmation. */
        public boolean waiting() {
            return ImportRecord.WAITING.equals(record.outcome());
        }

        /** Waited for confirmation and was confirmed, cancelled or expired (round 15). */
        public boolean closed() {
            return closedAt != null;
        }

        /**
         * A count of the Added, Changed or Removed column: as it is for an applied entry; "would be 27" for
         * one held for confirmation, whose counts say what confirming would do (round 16).
         */
        public String count(int n) {
            return (waiting() || closed()) && n > 0 ? "would be " + n : Integer.toString(n);
        }

        /** The problems and warnings kept with the entry, each as one line. */
        public List<String> lines() {
            return problems.stream().map(p -> describe(p, true)).toList();
        }
    }

    @GetMapping(PAGE)
    String page(Model model, Authentication who) {
        DirectoryStore store = directory.store();
        pending.expireStale();
        model.addAttribute("when", WHEN);
        model.addAttribute("services", store.count());
        model.addAttribute("sample", directory.isSample());
        model.addAttribute("lastApplied", store.lastApplied().orElse(null));
        List<HistoryRow> history = new ArrayList<>();
        for (DirectoryStore.HistoryEntry entry : store.entries(HISTORY)) {
            List<ImportProblem> problems = entry.record().problems() + entry.record().warnings() == 0 ? List.of()
                    : store.problems(entry.id());
            history.add(new HistoryRow(entry.record(),
                    problems.subList(0, Math.min(problems.size(), SHOWN_PROBLEMS)), entry.closedAt()));
        }
        model.addAttribute("history", history);
        FeedSchedule schedule = feed.getIfAvailable();
        model.addAttribute("feedConfigured", schedule != null);
        model.addAttribute("feedRunning", schedule != null && schedule.isRunning());
        model.addAttribute("feedAddress", schedule == null ? null : schedule.address());
        model.addAttribute("pending", pending.peek(who.getName()).orElse(null));
        model.addAttribute("maxPercent", Math.round(maxRemovalShare * 100));
        model.addAttribute("maxImportMegabytes", maxImportBytes / (1024 * 1024));
        if (!model.containsAttribute("mapping")) {
            model.addAttribute("mapping", directory.taxonomyMapping().csv());
        }
        model.addAttribute("mappingSaved", store.taxonomyMapping().orElse(null));
        List<TaxonomyMapping.UnmappedTerm> unmapped = directory.unmappedTerms();
        model.addAttribute("unmappedCount", unmapped.size());
        model.addAttribute("unmapped", unmapped.subList(0, Math.min(unmapped.size(), SHOWN_UNMAPPED)));
        return "admin/local-services";
    }

    @PostMapping(PAGE + "/harvest")
    String harvest(@RequestParam(defaultValue = "false") boolean confirm, Authentication who,
            RedirectAttributes redirect) {
        FeedSchedule schedule = feed.getIfAvailable();
        if (schedule == null) {
            redirect.addFlashAttribute("refused", "No council feed is set up (lantern.directory.feed.url), so there"
                    + " is nothing to harvest.");
            return "redirect:" + PAGE;
        }
        if (schedule.isRunning()) {
            redirect.addFlashAttribute("refused", "A harvest is already running. Its result will appear in the history.");
            return "redirect:" + PAGE;
        }
        audit.append(who.getName(), AuditLog.Action.DIRECTORY_HARVEST_ASKED, null, null,
                confirm ? "full, removals confirmed" : "full");
        schedule.harvestSoon("admin", who.getName(), confirm, true);
        redirect.addFlashAttribute("done", "The harvest has started. Its result will appear in the history below"
                + " when it finishes; reload this page to see it.");
        return "redirect:" + PAGE;
    }

    @PostMapping(path = PAGE + "/import", consumes = "multipart/form-data")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean partial, Authentication who, Model model,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            return pageWith(model, who, List.of(new Problem("file", "Choose a file to import")));
        }
        if (file.getSize() > maxImportBytes) {
            return pageWith(model, who, List.of(new Problem("file", "The file must be smaller than "
                    + maxImportBytes / (1024 * 1024) + " MB")));
        }
        ImportReport report = DirectoryUploads.read(file, directory.gazetteer());
        return offer(report, new ImportOptions(false, partial, false), who, model, redirect);
    }

    @PostMapping(PAGE + "/import/confirm")
    String confirm(Authentication who, Model model, RedirectAttributes redirect) {
        var waiting = pending.take(who.getName());
        if (waiting.isEmpty()) {
            redirect.addFlashAttribute("refused", "There is no import waiting for confirmation (it is kept for "
                    + pending.lifetime().toMinutes() + " minutes). Upload the file again.");
            return "redirect:" + PAGE;
        }
        // the held report was placed and warned about when it was read: offered as it is, not a second time
        String page = offerRead(waiting.get().report(), new ImportOptions(false, waiting.get().partial(), true), who,
                model, redirect);
        pending.confirmed(waiting.get());
        return page;
    }

    @PostMapping(PAGE + "/import/cancel")
    String cancel(Authentication who, RedirectAttributes redirect) {
        pending.cancel(who.getName());
        redirect.addFlashAttribute("done", "The import was cancelled. The directory is unchanged.");
        return "redirect:" + PAGE;
    }

    @PostMapping(path = PAGE + "/taxonomy", consumes = "multipart/form-data")
    String saveMapping(@RequestParam(defaultValue = "") String mapping, Authentication who, Model model,
            RedirectAttributes redirect) {
        TaxonomyMapping parsed;
        try {
            parsed = TaxonomyMapping.parse(mapping);
        } catch (TaxonomyMapping.InvalidMappingException e) {
            model.addAttribute("mapping", mapping);
            return pageWith(model, who, e.problems().stream().map(p -> new Problem("mapping", p.message())).toList());
        }
        directory.useTaxonomyMapping(parsed, who.getName());
        audit.append(who.getName(), AuditLog.Action.DIRECTORY_MAPPING_SAVED, null, null,
                parsed.rows().size() + " rows");
        redirect.addFlashAttribute("done", "The taxonomy mapping was saved with " + parsed.rows().size()
                + " rows. Searches use it now.");
        return "redirect:" + PAGE;
    }

    private String offer(ImportReport read, ImportOptions options, Authentication who, Model model,
            RedirectAttributes redirect) {
        // Locations with only a postcode are placed as the admin API places them.
        return offerRead(directory.withNeedWarnings(PostcodePlacement.place(read, directory.gazetteer())), options, who,
                model, redirect);
    }

    /** {@link #offer} of a report already placed and given its need warnings (a held upload, when confirmed). */
    private String offerRead(ImportReport report, ImportOptions options, Authentication who, Model model,
            RedirectAttributes redirect) {
        if (!options.confirm() && !options.check() && directory.isSample() && directory.replace(report,
                ImportRecord.IMPORT, new ImportOptions(true, options.partial(), false), maxRemovalShare,
                pending.now()) instanceof ImportOutcome.Checked) {
            // A first test import would replace the sample unasked: say so and ask once (round 16).
            pending.holdSample(who.getName(), report, options.partial(), directory.store().count());
            return "redirect:" + PAGE + "#confirm-import";
        }
        ImportOutcome outcome = directory.replace(report, ImportRecord.IMPORT, options, maxRemovalShare, pending.now());
        meters.directoryImport("page", outcome);
        switch (outcome) {
            case ImportOutcome.Applied a -> {
                ImportRecord r = a.record();
                audit.append(who.getName(), AuditLog.Action.DIRECTORY_IMPORTED, null, null, r.services() + " services, "
                        + r.added() + " added, " + r.changed() + " changed, " + r.removed() + " removed, "
                        + r.problemsAndWarnings());
                redirect.addFlashAttribute("done", "The directory now holds " + (r.services() == 1 ? "the 1 service"
                        : "the " + r.services() + " services") + " from " + r.source() + ": " + r.added() + " added, " + r.changed() + " changed, " + r.removed()
                        + " removed, " + r.problemsAndWarnings() + "." + (r.removedNamed().isEmpty() ? ""
                        : " " + r.removedNamed()));
                return "redirect:" + PAGE;
            }
            case ImportOutcome.TooManyRemovals t -> {
                pending.hold(who.getName(), report, options.partial(), t.removed(), t.current(), t.examples(),
                        t.entry());
                return "redirect:" + PAGE + "#confirm-import";
            }
            case ImportOutcome.Rejected r -> {
                audit.append(who.getName(), AuditLog.Action.DIRECTORY_IMPORT_REFUSED, null, null,
                        r.report().problems().size() + " problems");
                List<Problem> problems = new ArrayList<>();
                int good = report.services().size();
                problems.add(new Problem("file", good == 0 ? "Nothing in " + report.source() + " could be imported."
                        + " The directory is unchanged."
                        : report.faults().size() + " problem" + (report.faults().size() == 1 ? "" : "s")
                                + " found in " + report.source() + ", so nothing was imported. Fix them, or tick"
                                + " \"Import the good services\" to import the " + good + " good service"
                                + (good == 1 ? "" : "s") + "."));
                // Warnings never refuse an import: they go under a heading of their own, not "There is a problem".
                report.problems().stream().filter(p -> !p.warning()).limit(SHOWN_PROBLEMS)
                        .forEach(p -> problems.add(new Problem("file", describe(p, false))));
                model.addAttribute("importWarnings", report.problems().stream().filter(ImportProblem::warning)
                        .limit(SHOWN_PROBLEMS).map(p -> describe(p, false)).toList());
                return pageWith(model, who, problems);
            }
            case ImportOutcome.Checked c -> {
                return "redirect:" + PAGE;
            }
        }
    }

    /**
     * "fun, schedules[0].byday: ..." for a problem of one record, "needs: ..." for one about the whole import
     * (no record), the message alone when neither is known; {@code marked} puts "warning: " before a warning's
     * message where problems and warnings share a list.
     */
    static String describe(ImportProblem p, boolean marked) {
        String where = java.util.stream.Stream.of(p.record(), p.field()).filter(w -> w != null && !w.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
        return (where.isEmpty() ? "" : where + ": ") + (marked && p.warning() ? "warning: " : "") + p.message();
    }

    private String pageWith(Model model, Authentication who, List<Problem> problems) {
        model.addAttribute("problems", problems);
        return page(model, who);
    }
}
