package uk.lantern.web.directory;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.ImportOptions;
import uk.lantern.directory.ImportOutcome;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.hsds.FieldProblems;
import uk.lantern.directory.hsds.HsdsServiceReader;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.importer.HsdsCsvPackageImporter;
import uk.lantern.directory.importer.HsdsJsonImporter;
import uk.lantern.directory.importer.ImportProblem;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.importer.PostcodePlacement;
import uk.lantern.directory.importer.SimpleCsvImporter;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.store.DirectoryStore;
import uk.lantern.directory.store.ImportRecord;
import uk.lantern.web.audit.SecurityEvents;
import uk.lantern.web.operations.LanternMeters;

/**
 * Imports and edits the directory. Only reachable through {@link AdminTokenFilter}.
 *
 * <p>An import replaces the whole directory in one step, and by default only when every record
 * read cleanly: any problem refuses the import with 400 and leaves the directory as it was.
 * {@code partial=true} imports the good records anyway; {@code check=true} only reports.
 * A single service is put or deleted by id and is searchable as soon as the call returns.
 */
@RestController
@RequestMapping(AdminTokenFilter.PREFIX)
class DirectoryAdminController {

    static final int MAX_SERVICE_BYTES = 1_048_576;
    private static final Logger log = LoggerFactory.getLogger(DirectoryAdminController.class);
    private static final Set<String> IMPORT_PARAMETERS = Set.of("check", "partial", "confirm");
    private static final Map<String, Boolean> TRUE_FALSE = Map.of("true", true, "false", false);

    private final LocalServicesDirectory directory;
    private final int maxImportBytes;
    private final double maxRemovalShare;
    private final SecurityEvents events;
    private final LanternMeters meters;
    private final PendingImports pending;

    DirectoryAdminController(LocalServicesDirectory directory, SecurityEvents events, LanternMeters meters,
                             PendingImports pending,
                             @Value("${lantern.directory.max-import-bytes:20971520}") int maxImportBytes,
                             @Value("${lantern.directory.max-removal-share:0.25}") double maxRemovalShare) {
        this.directory = directory;
        this.events = events;
        this.meters = meters;
        this.pending = pending;
        this.maxImportBytes = maxImportBytes;
        this.maxRemovalShare = maxRemovalShare;
    }

    /** An upload: {@code file} ending .json (HSDS JSON), .zip (HSDS CSV data package) or .csv (the simple sheet). */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportView importUpload(@RequestPart("file") MultipartFile file, @RequestParam MultiValueMap<String, String> params)
            throws IOException {
        ImportOptions options = options(params);
        if (file.getSize() > maxImportBytes) {
            throw tooLarge();
        }
        return apply(DirectoryUploads.read(file, directory.gazetteer()), options);
    }

    /** HSDS JSON in the body: one service, an ORUK page, an organisation with services, or an array. */
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportView importJson(HttpServletRequest request, @RequestParam MultiValueMap<String, String> params)
            throws IOException {
        ImportOptions options = options(params);
        return apply(DirectoryUploads.readJson(body(request, maxImportBytes), "request body"), options);
    }

    /** The HSDS 3.0 CSV data package (services.csv, service_at_location.csv, ...) as a zip in the body. */
    @PostMapping(path = "/import", consumes = "application/zip")
    ImportView importZip(HttpServletRequest request, @RequestParam MultiValueMap<String, String> params)
            throws IOException {
        ImportOptions options = options(params);
        return apply(new HsdsCsvPackageImporter().readZip(new ByteArrayInputStream(body(request, maxImportBytes)),
                "request body"), options);
    }

    /** The simple one-row-per-service sheet in the body. */
    @PostMapping(path = "/import", consumes = "text/csv")
    ImportView importCsv(HttpServletRequest request, @RequestParam MultiValueMap<String, String> params)
            throws IOException {
        ImportOptions options = options(params);
        return apply(DirectoryUploads.readCsv(body(request, maxImportBytes), "request body", directory.gazetteer()), options);
    }

    /** The most history entries one call lists. */
    static final int MAX_HISTORY = 200;

    /**
     * The history of imports and harvests, newest first: {@code limit} entries (1 to
     * {@value #MAX_HISTORY}, 20 by default), each with its counts, outcome, summary and, for an entry
     * that waited for confirmation and no longer does, {@code closed_at} (ISO-8601 UTC). Entries past
     * their wait are closed as expired first. A bad {@code limit} answers 400 with a problem detail.
     */
    @GetMapping(path = "/history", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> history(@RequestParam MultiValueMap<String, String> params) {
        ParameterProblems p = new ParameterProblems(params);
        p.onlyKnown(Set.of("limit"));
        Integer limit = p.integer("limit", 1, MAX_HISTORY, "entries");
        p.throwIfAny(null);
        pending.expireStale();
        List<HistoryView> entries = directory.store().entries(limit == null ? 20 : limit).stream()
                .map(HistoryView::of).toList();
        return Map.of("entries", entries);
    }

    /** One history entry as the API lists it; times are ISO-8601 UTC text, {@code closed_at} null unless closed. */
    record HistoryView(long id, String happened_at, String kind, String source, int services, int added, int changed,
                       int removed, int problems, int warnings, String outcome, String closed_at, String summary) {
        static HistoryView of(DirectoryStore.HistoryEntry e) {
            ImportRecord r = e.record();
            return new HistoryView(e.id(), r.happenedAt().toString(), r.kind(), r.source(), r.services(), r.added(),
                    r.changed(), r.removed(), r.problems(), r.warnings(), r.outcome(),
                    e.closedAt() == null ? null : e.closedAt().toString(), r.summary());
        }
    }

    /** Adds or replaces one service from its HSDS JSON; answers with the service as /oruk/services/{id} shows it. */
    @PutMapping(path = "/services/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> put(@PathVariable String id, HttpServletRequest request) throws IOException {
        if (id.length() > 200) {
            throw invalidService(List.of(new ServiceProblem("", "id", "an id may be at most 200 characters")));
        }
        JsonNode node;
        try {
            node = HsdsServiceWriter.JSON.readTree(body(request, MAX_SERVICE_BYTES));
        } catch (JacksonException e) {
            throw invalidService(List.of(new ServiceProblem("", "", "the body is not valid JSON")));
        }
        if (node == null || !node.isObject()) {
            throw invalidService(List.of(new ServiceProblem("", "", "the body must be one HSDS service object")));
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode bodyId = object.get("id");
        if (bodyId == null || bodyId.isNull()) {
            object.put("id", id);
        } else if (!bodyId.isString() || !id.equals(bodyId.asString())) {
            throw invalidService(List.of(new ServiceProblem(id, "id",
                    "the id in the body must match the id in the path")));
        }
        List<ServiceProblem> problems = new ArrayList<>();
        List<ServiceProblem> warnings = new ArrayList<>();
        var service = new HsdsServiceReader(FieldProblems.split(
                (record, field, message) -> problems.add(new ServiceProblem(record, field, message)),
                (record, field, message) -> warnings.add(new ServiceProblem(record, field, message))))
                .read(object, "service", null);
        if (!problems.isEmpty() || service.isEmpty()) {
            throw invalidService(problems);
        }
        // A location with only a postcode is placed as an import places it, or the service is
        // refused with the reason: saved without a point, it would be missing from searches near people.
        // A point off the globe follows the import's rule: a warning, the values kept as sent, the point never used.
        // The need warnings are an import's too (round 14): a service that maps to no need, or whose need
        // was read from its name, is saved and named in a warning header.
        ImportReport placed = directory.withNeedWarnings(PostcodePlacement.place(new ImportReport("request body",
                List.of(service.get()), List.of()), directory.gazetteer()));
        for (ImportProblem p : placed.problems()) {
            (p.warning() ? warnings : problems).add(new ServiceProblem(p.record(), p.field() == null ? "" : p.field(),
                    p.message()));
        }
        if (!problems.isEmpty()) {
            throw invalidService(problems);
        }
        boolean existed = directory.service(id).isPresent();
        directory.save(placed.services().get(0));
        log.info("Directory service {} via the admin API with {} warning(s)", existed ? "replaced" : "added",
                warnings.size());
        ObjectNode saved = directory.oruk().service(id).orElseThrow();
        ResponseEntity.BodyBuilder answer = existed ? ResponseEntity.ok()
                : ResponseEntity.created(URI.create("/oruk/services/" + java.net.URLEncoder.encode(id,
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")));
        for (ServiceProblem w : warnings) {
            answer.header(WARNING_HEADER, headerText(w.field() + ": " + w.message()));
        }
        return answer.body(saved);
    }

    /**
     * One header of a saved service's answer for each warning, "{field}: {message}", as the body is
     * the service itself: a point off the globe (the values kept as sent, the point not used), and
     * the need warnings an import gives (field "needs": the service maps to no need, or its need was
     * read from the words of its name).
     */
    static final String WARNING_HEADER = "Lantern-Warning";

    /** Printable ASCII only, as a header allows: anything else becomes '?'. */
    private static String headerText(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return b.toString();
    }

    @DeleteMapping("/services/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!directory.remove(id)) {
            throw ParameterProblems.notFound("service");
        }
        log.info("Directory service removed via the admin API");
        return ResponseEntity.noContent().build();
    }

    // --- imports ---

    /**
     * What an import read and whether it was applied.
     *
     * @param applied true when the directory now holds exactly the imported services
     */
    record ImportView(String source, int imported, boolean applied, String summary, List<ProblemView> problems) {
    }

    /** One record or field that could not be imported; {@code field} is empty when the whole record is at fault. */
    /** One problem of an import; {@code warning} true for a value kept as sent and not used (never refuses). */
    record ProblemView(String file, String record, String field, String message, boolean warning) {
        static ProblemView of(ImportProblem p) {
            return new ProblemView(p.source(), p.record(), p.field() == null ? "" : p.field(), p.message(),
                    p.warning());
        }
    }

    record ServiceProblem(String record, String field, String message) {
    }

    private static ImportOptions options(MultiValueMap<String, String> params) {
        ParameterProblems p = new ParameterProblems(params);
        p.onlyKnown(IMPORT_PARAMETERS);
        Boolean check = p.choice("check", TRUE_FALSE);
        Boolean partial = p.choice("partial", TRUE_FALSE);
        Boolean confirm = p.choice("confirm", TRUE_FALSE);
        p.throwIfAny(null);
        return new ImportOptions(Boolean.TRUE.equals(check), Boolean.TRUE.equals(partial), Boolean.TRUE.equals(confirm));
    }

    private ImportView apply(ImportReport read, ImportOptions options) {
        ImportReport report = directory.withNeedWarnings(PostcodePlacement.place(read, directory.gazetteer()));
        List<ProblemView> problems = report.problems().stream().map(ProblemView::of).toList();
        // The application's clock, by which a waiting entry's 30 minutes are measured (round 15).
        ImportOutcome outcome = directory.replace(report, ImportRecord.IMPORT, options, maxRemovalShare, pending.now());
        meters.directoryImport("token", outcome);
        return switch (outcome) {
            case ImportOutcome.Rejected r -> throw rejected(report, options);
            case ImportOutcome.TooManyRemovals t -> throw tooManyRemovals(t);
            case ImportOutcome.Checked c -> new ImportView(report.source(), c.services(), false,
                    "Checked " + c.services() + " services; nothing was changed.", problems);
            case ImportOutcome.Applied a -> {
                var record = a.record();
                log.info("Directory replaced by an admin import: {} services ({} added, {} changed, {} removed),"
                        + " {} problems", record.services(), record.added(), record.changed(), record.removed(),
                        report.problems().size());
                events.record("directory.imported", null, "services", record.services(), "added", record.added(),
                        "changed", record.changed(), "removed", record.removed(), "via", "token");
                yield new ImportView(report.source(), report.services().size(), true, report.summary(), problems);
            }
        };
    }

    private static ErrorResponseException rejected(ImportReport report, ImportOptions options) {
        int good = report.services().size();
        String detail = good == 0
                ? "Nothing could be imported; the directory is unchanged. See \"problems\"."
                : report.faults().size() + " problem" + (report.faults().size() == 1 ? "" : "s")
                        + " found, so nothing was imported and the directory is unchanged. Fix them, or send "
                        + "partial=true to import the " + good + " good service" + (good == 1 ? "" : "s") + " anyway.";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("/problems/import-rejected"));
        problem.setTitle("The import was not applied");
        problem.setProperty("imported", 0);
        problem.setProperty("readable", good);
        problem.setProperty("problems", report.problems().stream().map(ProblemView::of).toList());
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    /** A replacement that would remove more than the set share of services waits for confirm=true. */
    private ErrorResponseException tooManyRemovals(ImportOutcome.TooManyRemovals t) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "This import would remove "
                + t.removed() + " of the " + t.current() + " services in the directory, more than "
                + Math.round(maxRemovalShare * 100) + "%, among them " + t.named()
                + ". Nothing was changed. If that is intended, send the import again with confirm=true.");
        problem.setType(URI.create("/problems/confirm-removals"));
        problem.setTitle("The import would remove many services");
        problem.setProperty("removed", t.removed());
        problem.setProperty("current", t.current());
        // Round 13 (new-user trial): a data officer was told how many would go, not which.
        problem.setProperty("removing", t.examples());
        // Round 15: how many more than those named, and the history entry that waits (GET /admin/directory/history).
        problem.setProperty("more", t.removed() - t.examples().size());
        problem.setProperty("entry", t.entry());
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }

    private static ErrorResponseException invalidService(List<ServiceProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The service was not saved; see \"problems\".");
        problem.setType(URI.create("/problems/invalid-service"));
        problem.setTitle("The service needs correcting");
        problem.setProperty("problems", problems.isEmpty()
                ? List.of(new ServiceProblem("", "", "the service could not be read")) : problems);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    private ErrorResponseException tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "Imports may be at most " + maxImportBytes + " bytes.");
        problem.setType(URI.create("/problems/body-too-large"));
        problem.setTitle("The request body is too large");
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
    }

    private byte[] body(HttpServletRequest request, int max) throws IOException {
        if (request.getContentLengthLong() > max) {
            throw max == maxImportBytes ? tooLarge() : new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw max == maxImportBytes ? tooLarge() : new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE);
            }
            return bytes;
        }
    }
}
