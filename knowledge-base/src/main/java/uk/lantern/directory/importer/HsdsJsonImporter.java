package uk.lantern.directory.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.hsds.FieldProblems;
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
    /*
     * The fields that tell HSDS 3.0 tables apart (from the schema's properties): a field only a service
     * has, and those only an organisation, a location or a taxonomy term has. Fields they share (id,
     * name, description, email, url, organization_id, phones, schedules...) say nothing either way.
     */
    private static final java.util.Set<String> SERVICE_FIELDS = java.util.Set.of("status", "service_at_locations",
            "eligibility_description", "fees_description", "fees", "minimum_age", "maximum_age", "cost_options",
            "service_areas", "application_process", "required_documents", "program_id", "wait_time",
            "interpretation_services", "accreditations", "licenses", "assured_date", "assurer_email", "alert",
            "organization", "attending_type", "deliverable_type");
    private static final java.util.Set<String> ORGANISATION_FIELDS = java.util.Set.of("website", "tax_status",
            "tax_id", "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id",
            "organization_identifiers", "programs", "locations");
    private static final java.util.Set<String> LOCATION_FIELDS = java.util.Set.of("location_type", "latitude",
            "longitude", "addresses", "transportation", "accessibility", "external_identifier",
            "external_identifier_type");
    private static final java.util.Set<String> TERM_FIELDS = java.util.Set.of("parent_id", "taxonomy", "taxonomy_id",
            "taxonomy_detail", "term_uri", "vocabulary", "code", "language");
    /** The other kinds of record a directory publishes, each with the fields only it has. */
    private static final java.util.Map<String, java.util.Set<String>> OTHER_KINDS = new java.util.LinkedHashMap<>();

    static {
        OTHER_KINDS.put("organisations", ORGANISATION_FIELDS);
        OTHER_KINDS.put("locations", LOCATION_FIELDS);
        OTHER_KINDS.put("taxonomy terms", TERM_FIELDS);
    }

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

    /**
     * Reads a file one service at a time (Jackson's streaming parser), so at no point is there a
     * tree of the whole file: each service's object is parsed, read and kept as that service's
     * document. A plain array of services and an ORUK page ({@code contents}) are streamed;
     * every other shape (one service, an organisation with services, an ORUK 1.0 feed, which is
     * mapped as a whole) is small enough to read as a tree.
     */
    public ImportReport read(InputStream in, String source) {
        try (JsonParser p = HsdsServiceWriter.JSON.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return failed(source, "the file is empty");
            }
            ImportReport report;
            if (first == JsonToken.START_ARRAY) {
                report = streamed(p, source, null);
            } else if (first == JsonToken.START_OBJECT) {
                report = object(p, source);
            } else {
                report = read(tree(p), source);
            }
            // A refusal stops inside the file; a file read to the end of its value must end there.
            if (p.streamReadContext().inRoot() && p.nextToken() != null) {
                return failed(source, "not valid JSON: more after the end of the first value");
            }
            return report;
        } catch (JacksonException e) {
            return failed(source, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** An object the parser has just entered: an ORUK page is streamed, any other object read whole. */
    private ImportReport object(JsonParser p, String source) {
        ObjectNode head = HsdsServiceWriter.JSON.createObjectNode();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.START_ARRAY && "contents".equals(name) && !head.has("contents")) {
                return streamed(p, source, head);
            }
            head.set(name, tree(p));
        }
        return read(head, source);
    }

    /** The value the parser stands on, as a tree of its own. */
    private static JsonNode tree(JsonParser p) {
        return p.readValueAsTree();
    }

    /**
     * Reads the records of an array the parser has just entered: the array of the whole file
     * ({@code page} null) or an ORUK page's {@code contents} ({@code page} holding the page's
     * fields before it; those after it are read once the records are). The first few records
     * decide what the file is before the rest are read.
     */
    private ImportReport streamed(JsonParser p, String source, ObjectNode page) {
        ArrayNode firstFew = HsdsServiceWriter.JSON.createArrayNode();
        boolean ended = false;
        while (firstFew.size() < 5 && !ended) {
            if (p.nextToken() == JsonToken.END_ARRAY) {
                ended = true;
            } else {
                firstFew.add(tree(p));
            }
        }
        if (OrukVersion1.recognises(firstFew)) {
            return read(wholeTree(p, page, firstFew, ended), source); // mapped from 1.0 as a whole
        }
        String notServices = notServices(firstFew);
        if (notServices != null) {
            return failed(source, notServices);
        }
        if (page != null && !wholeFeed && isOnePageOfMany(page)) {
            return onePageOfMany(source, page); // said before the records: refused without reading them
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        HsdsServiceReader reader = HsdsServiceReader.forImport(FieldProblems.split(
                (record, field, message) -> problems.add(new ImportProblem(source, record, field, message)),
                (record, field, message) -> problems.add(new ImportProblem(source, record, field, message, true))));
        String path = page == null ? "" : "contents";
        int i = 0;
        for (JsonNode record : firstFew) {
            readOne(reader, record, path, i++, services);
        }
        if (!ended) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                readOne(reader, tree(p), path, i++, services);
            }
        }
        if (page != null) {
            readRest(p, page);
            if (!wholeFeed && isOnePageOfMany(page)) {
                return onePageOfMany(source, page);
            }
        }
        return ImportReport.deduplicated(source, services, problems);
    }

    /** The whole file as a tree after all, from where {@link #streamed} stopped. */
    private static JsonNode wholeTree(JsonParser p, ObjectNode page, ArrayNode records, boolean ended) {
        if (!ended) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                records.add(tree(p));
            }
        }
        if (page == null) {
            return records;
        }
        page.set("contents", records);
        readRest(p, page);
        return page;
    }

    /** The fields of an object after the one just read, into {@code into}. */
    private static void readRest(JsonParser p, ObjectNode into) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            into.set(name, tree(p));
        }
    }

    private static void readOne(HsdsServiceReader reader, JsonNode record, String path, int i, List<Service> into) {
        String position = path.isEmpty() ? "[" + i + "]" : path + "[" + i + "]";
        // Parsed for this call alone, so the reader may keep it as the document without a copy.
        Optional<Service> service = record instanceof ObjectNode owned ? reader.readOwned(owned, position, null)
                : reader.read(record, position, null);
        service.ifPresent(into::add);
    }

    public ImportReport read(JsonNode root, String source) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        HsdsServiceReader reader = HsdsServiceReader.forImport(FieldProblems.split(
                (record, field, message) -> problems.add(new ImportProblem(source, record, field, message)),
                (record, field, message) -> problems.add(new ImportProblem(source, record, field, message, true))));
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
            return onePageOfMany(source, root);
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

    private static ImportReport onePageOfMany(String source, JsonNode page) {
        return failed(source, "this is page " + page.path("page_number").asInt(1) + " of "
                + Math.max(page.path("total_pages").asInt(0), 2) + " of a feed (last_page is false), so importing it"
                + " would remove every service on the other pages; harvest the whole feed instead, or export every"
                + " service in one file");
    }

    /** True for an ORUK page that says more pages follow, or that there are several. */
    static boolean isOnePageOfMany(JsonNode page) {
        JsonNode last = page.get("last_page");
        JsonNode pages = page.get("total_pages");
        return (last != null && last.isBoolean() && !last.asBoolean())
                || (pages != null && pages.isNumber() && pages.asInt() > 1);
    }

    /**
     * What the records are when they are plainly not services, as a message; null when they may be
     * services. Judged from the first few records: none has a field only a service has, and the
     * fields only one other kind has (an organisation's website, a location's location_type, a
     * term's taxonomy_id) are found in at least one of them and no other kind's are. A record with
     * only shared fields (id, name, description) counts for neither, so a sparse organisation list
     * is refused while a list of services as sparse (which HSDS requires to carry status) is not.
     */
    static String notServices(JsonNode records) {
        java.util.Map<String, java.util.Set<String>> seen = new java.util.LinkedHashMap<>();
        int looked = 0;
        for (JsonNode record : records) {
            if (looked++ == 5) {
                break;
            }
            if (!record.isObject() || SERVICE_FIELDS.stream().anyMatch(record::has)) {
                return null;
            }
            OTHER_KINDS.forEach((kind, fields) -> fields.stream().filter(record::has)
                    .forEach(field -> seen.computeIfAbsent(kind, k -> new java.util.TreeSet<>()).add(field)));
        }
        if (seen.size() != 1) {
            return null; // only shared fields, or a mixture: read as services, as before
        }
        var only = seen.entrySet().iterator().next();
        String kind = only.getKey();
        String word = kind.equals("organisations") ? "organisation" : kind.equals("locations") ? "location" : "taxonomy";
        List<String> fields = List.copyOf(only.getValue());
        String named = fields.size() == 1 ? fields.get(0)
                : String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1);
        return "this is a list of " + kind + ", not services (its records have the " + word + " field"
                + (fields.size() == 1 ? " " : "s ") + named + ", and no service fields); import the services feed"
                + " (/services)";
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
