package uk.lantern.directory.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import uk.lantern.directory.hsds.HsdsServiceReader;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.model.Service;

/**
 * Reads HSDS 3.0 JSON in any of the shapes directories publish: a single service, an ORUK
 * {@code /services} page ({@code contents}), an organisation with a {@code services} array, or a
 * plain array of services. The shape is recognised from the top-level fields. An Open Referral UK
 * 1.0 feed (Spring-style pages, {@code eligibilitys}, {@code regular_schedules}...) is recognised
 * and mapped to HSDS 3.0 first by {@link OrukVersion1}.
 */
public final class HsdsJsonImporter {
    private static final java.util.Set<String> SERVICE_FIELDS = java.util.Set.of("status", "organization_id",
            "service_at_locations", "eligibility_description", "fees_description", "minimum_age", "maximum_age",
            "schedules", "cost_options", "service_areas", "attending_type", "deliverable_type");
    private static final java.util.Set<String> ORGANISATION_FIELDS = java.util.Set.of("website", "tax_status",
            "year_incorporated", "legal_status", "logo", "parent_organization_id", "organization_identifiers");
    private static final java.util.Set<String> TERM_FIELDS = java.util.Set.of("parent_id", "taxonomy", "taxonomy_id",
            "taxonomy_detail", "term_uri", "vocabulary");

    private final boolean wholeFeed;

    /** An importer for a file: a page of a longer feed is refused, since importing it would drop the other pages. */
    public HsdsJsonImporter() {
        this(false);
    }

    /**
     * @param wholeFeed true when the caller reads every page of a feed (a harvest), so a page with
     *                  {@code last_page} false is expected
     */
    public HsdsJsonImporter(boolean wholeFeed) {
        this.wholeFeed = wholeFeed;
    }

    public ImportReport read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            return failed(file.toString(), "could not read the file: " + e.getMessage());
        }
    }

    public ImportReport read(InputStream in, String source) {
        JsonNode root;
        try {
            root = HsdsServiceWriter.JSON.readTree(in);
        } catch (JacksonException e) {
            return failed(source, "not valid JSON: " + e.getOriginalMessage());
        }
        return read(root, source);
    }

    public ImportReport read(JsonNode root, String source) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        HsdsServiceReader reader = new HsdsServiceReader(
                (record, field, message) -> problems.add(new ImportProblem(source, record, field, message)));
        if (root == null || root.isMissingNode() || root.isNull()) {
            return failed(source, "the file is empty");
        }
        if (OrukVersion1.recognises(root)) {
            root = OrukVersion1.toHsds3(root); // councils still publish 1.0; read it as 3.0 from here on
        }
        JsonNode records = root.isArray() ? root : root.isObject() && root.has("contents") ? root.get("contents") : null;
        String notServices = records == null ? null : notServices(records);
        if (notServices != null) {
            return failed(source, notServices);
        }
        if (!wholeFeed && root.isObject() && root.has("contents") && isOnePageOfMany(root)) {
            return failed(source, "this is page " + root.path("page_number").asInt(1) + " of "
                    + Math.max(root.path("total_pages").asInt(0), 2) + " of a feed (last_page is false), so importing it"
                    + " would remove every service on the other pages; harvest the whole feed instead, or export every"
                    + " service in one file");
        }
        if (root.isArray()) {
            readAll(reader, root, "", null, services);
        } else if (root.isObject() && root.has("contents")) {
            readAll(reader, root.get("contents"), "contents", null, services);
        } else if (root.isObject() && root.has("services") && !root.has("service_at_locations")) {
            boolean hasId = HsdsServiceReader.organization(root).id() != null;
            if (!hasId) {
                problems.add(new ImportProblem(source, "organization", "id",
                        "the organisation has no id; its services are imported without one"));
            }
            readAll(reader, root.get("services"), "services", hasId ? root : null, services);
        } else if (root.isObject()) {
            reader.read(root, "service", null).ifPresent(services::add);
        } else {
            return failed(source, "expected a service, a page with contents, or an organisation with services");
        }
        return ImportReport.deduplicated(source, services, problems);
    }

    /** True for an ORUK page that says more pages follow, or that there are several. */
    static boolean isOnePageOfMany(JsonNode page) {
        JsonNode last = page.get("last_page");
        JsonNode pages = page.get("total_pages");
        return (last != null && last.isBoolean() && !last.asBoolean())
                || (pages != null && pages.isNumber() && pages.asInt() > 1);
    }

    /**
     * What the records are when they are plainly not services (organisations or taxonomy terms,
     * judged from the fields of the first few), as a message; null when they may be services.
     */
    static String notServices(JsonNode records) {
        int organisations = 0;
        int terms = 0;
        int looked = 0;
        for (JsonNode record : records) {
            if (looked++ == 5) {
                break;
            }
            if (!record.isObject() || SERVICE_FIELDS.stream().anyMatch(record::has)) {
                return null;
            }
            if (ORGANISATION_FIELDS.stream().anyMatch(record::has)) {
                organisations++;
            } else if (TERM_FIELDS.stream().anyMatch(record::has)) {
                terms++;
            }
        }
        if (looked > 0 && organisations == Math.min(looked, 5)) {
            return "this is a list of organisations, not services (its records have organisation fields such as"
                    + " website and legal_status, and no service fields); import the services feed (/services)";
        }
        if (looked > 0 && terms == Math.min(looked, 5)) {
            return "this is a list of taxonomy terms, not services (its records have taxonomy fields such as"
                    + " parent_id and taxonomy, and no service fields); import the services feed (/services)";
        }
        return null;
    }

    private static void readAll(HsdsServiceReader reader, JsonNode array, String path, JsonNode org,
                                List<Service> into) {
        if (array == null || !array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String position = path.isEmpty() ? "[" + i + "]" : path + "[" + i + "]";
            reader.read(array.get(i), position, org).ifPresent(into::add);
        }
    }

    private static ImportReport failed(String source, String message) {
        return new ImportReport(source, List.of(), List.of(new ImportProblem(source, "file", "", message)));
    }
}
