package uk.lantern.directory.hsds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.model.Address;
import uk.lantern.directory.model.Contact;
import uk.lantern.directory.model.CostOption;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Language;
import uk.lantern.directory.model.Location;
import uk.lantern.directory.model.Organization;
import uk.lantern.directory.model.Phone;
import uk.lantern.directory.model.Schedule;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.ServiceArea;
import uk.lantern.directory.model.ServiceAtLocation;
import uk.lantern.directory.model.ServiceStatus;
import uk.lantern.directory.model.TaxonomyTerm;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * Reads one HSDS 3.0 service object (with its nested organisation, locations, attributes,
 * schedules, costs, phones, contacts, areas and languages). A missing id or name rejects the
 * record. Read for an import ({@link #forImport}), a service with any other problem is reported and
 * left out; read back from the store, a bad field is reported and left out of the service alone. A
 * location whose latitude or longitude is off the globe is a warning ({@link FieldProblems#warn}),
 * never a problem: the service and location are kept, the values stay in the document as sent (so
 * the record reads back with no value lost), and the location has no point, so no distance, map or
 * proximity match uses it.
 *
 * <p>The service keeps a copy of the whole object (as JSON bytes, {@link uk.lantern.directory.model.ServiceDocument})
 * as its {@link Service#document()}, so values
 * Lantern does not search on are stored and served back unchanged. A value of the wrong type
 * (an age that is not a number, a date that is not a date) is removed from that copy as well as
 * reported, so what is served back is still valid HSDS. Every text value people read, at any depth
 * (organisation, location and service names as well as descriptions), is cleaned of HTML.
 *
 * <p>A reader holds the problems of the record it is reading: use one per thread (each import,
 * store read and request makes its own).
 */
public final class HsdsServiceReader {
    /**
     * Fields whose values are addresses, identifiers or data, not words people read: never cleaned
     * as HTML (an {@code &amp;} in a URL's query is the URL's own; a service area's {@code extent}
     * may be KML, which is XML; metadata's previous and replacement values are a record of what was
     * sent). Any field ending {@code _id} is one too.
     */
    private static final java.util.Set<String> NOT_WORDS = java.util.Set.of("id", "url", "website", "email", "uri",
            "link", "extent", "identifier", "external_identifier", "previous_value", "replacement_value");

    /** Added to each problem of a service an import leaves out. */
    public static final String LEFT_OUT = "; the service was left out of the import";

    /** Ids longer than this are refused: the database keeps up to 200 characters. */
    public static final int MAX_ID_LENGTH = 200;
    /** How much of a refused id a problem shows: the first characters, then "…". */
    private static final int SHOWN_ID = 60;
    /** Characters that change a URL path's meaning, or that servers and proxies reject in one. */
    private static final java.util.regex.Pattern URL_BREAKING = java.util.regex.Pattern.compile("[\\s/\\\\?#%\\p{Cntrl}]");

    /** Where problems go once a record is read. */
    private final FieldProblems sink;
    /** What this reader's parts report to: the problems of the record being read, held until it is done. */
    private final FieldProblems problems;
    private final boolean leaveOutFaulty;
    /** The problems and warnings of the record being read, reported when it is done (with what became of it). */
    private final java.util.List<Pending> pending = new java.util.ArrayList<>();

    private record Pending(String record, String field, String message, boolean warning) {
    }

    /**
     * A reader that keeps a service with a bad field (reported and left out), as when reading back
     * what the store already holds: what was accepted once is never lost on a restart.
     */
    public HsdsServiceReader(FieldProblems problems) {
        this(problems, false);
    }

    private HsdsServiceReader(FieldProblems problems, boolean leaveOutFaulty) {
        this.sink = problems;
        this.problems = new FieldProblems() {
            @Override
            public void report(String record, String field, String message) {
                pending.add(new Pending(record, field, message, false));
            }

            @Override
            public void warn(String record, String field, String message) {
                pending.add(new Pending(record, field, message, true));
            }
        };
        this.leaveOutFaulty = leaveOutFaulty;
    }

    /**
     * A reader for imports: a service with any problem (a day "FUNDAY", an age that is not a number,
     * a minimum age above the maximum, a value of the wrong type) is left out, and each of its
     * problems is reported under its id with {@value #LEFT_OUT} added, so an import's good services
     * are those with none, and {@code partial=true} never stores an impossible or wrongly typed value.
     * Warnings (a latitude of 100) go to {@link FieldProblems#warn} and leave nothing out.
     */
    public static HsdsServiceReader forImport(FieldProblems problems) {
        return new HsdsServiceReader(problems, true);
    }

    /**
     * @param position used to name the record in problems when it has no id
     * @param inheritedOrganization the HSDS organisation object when the service sits inside an
     *        organisation's {@code services}; stored on the service (without its services) when
     *        the service has no organisation of its own; null otherwise
     */
    public Optional<Service> read(JsonNode source, String position, JsonNode inheritedOrganization) {
        if (source == null || !source.isObject()) {
            sink.report(position, "", "expected a JSON object for a service");
            return Optional.empty();
        }
        return readOwned((ObjectNode) source.deepCopy(), position, inheritedOrganization);
    }

    /**
     * As {@link #read}, for a service object nobody else holds (parsed for this call alone, as a
     * streamed import does): it is cleaned in place, with no copy, and once read becomes the
     * service's document as JSON bytes, so the tree itself is garbage as soon as the call returns.
     */
    public Optional<Service> readOwned(ObjectNode node, String position, JsonNode inheritedOrganization) {
        pending.clear();
        Optional<Service> service = readEach(node, position, inheritedOrganization);
        // a warning (a point off the globe) never leaves a service out; any problem does, for an import
        boolean leaveOut = leaveOutFaulty && service.isPresent() && pending.stream().anyMatch(p -> !p.warning());
        for (Pending p : pending) {
            if (p.warning()) {
                sink.warn(p.record(), p.field(), p.message());
            } else {
                sink.report(p.record(), p.field(), leaveOut ? p.message() + LEFT_OUT : p.message());
            }
        }
        pending.clear();
        return leaveOut ? Optional.empty() : service;
    }

    private Optional<Service> readEach(ObjectNode node, String position, JsonNode inheritedOrganization) {
        dropNulls(node); // HSDS has no null values: a field without a value is left out
        if (inheritedOrganization != null && inheritedOrganization.isObject() && !node.has("organization")) {
            ObjectNode org = (ObjectNode) inheritedOrganization.deepCopy();
            org.remove("services");
            node.set("organization", org);
            if (!node.has("organization_id") && org.has("id")) {
                node.set("organization_id", org.get("id"));
            }
        }
        String id = text(node, "id");
        String record = id == null ? position : id;
        String name = text(node, "name");
        if (id == null) {
            problems.report(record, "id", "the service has no id; give every service a unique id");
            return Optional.empty();
        }
        if (name == null) {
            problems.report(record, "name", "the service has no name");
            return Optional.empty();
        }
        if (id.length() > MAX_ID_LENGTH || URL_BREAKING.matcher(id).find()) {
            // named by its id as sent (an over-long one shortened) and its name, the position a detail (round 14)
            String shown = id.length() > SHOWN_ID ? id.substring(0, SHOWN_ID) + "…" : id;
            problems.report(shown, "id", "\"" + name + "\" (" + position + "): the id must be at most " + MAX_ID_LENGTH
                    + " characters with no spaces, slashes, backslashes, ?, # or %, so /oruk/services/{id} can reach"
                    + " it; the service was left out");
            return Optional.empty();
        }
        cleanWords(node); // HSDS text is plain text; feeds send HTML in any field, not only descriptions
        name = text(node, "name");
        Integer minimumAge = integer(node, "minimum_age", record);
        Integer maximumAge = integer(node, "maximum_age", record);
        Service.Builder b = Service.builder(id, name)
                .document(node)
                .description(text(node, "description"))
                .url(text(node, "url"))
                .email(text(node, "email"))
                .eligibilityDescription(text(node, "eligibility_description"))
                .feesDescription(text(node, "fees_description"))
                .minimumAge(minimumAge)
                .maximumAge(maximumAge)
                .assuredDate(date(node, "assured_date", record))
                .lastModified(date(node, "last_modified", record));
        if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
            problems.report(record, "minimum_age", "minimum_age is above maximum_age, so nobody could use the service");
        }
        String status = text(node, "status");
        if (status != null) {
            ServiceStatus.parse(status).ifPresentOrElse(b::status, () -> problems.report(record, "status",
                    "unknown status \"" + status + "\"; use active, inactive, defunct or temporarily closed"));
        }
        JsonNode org = node.get("organization");
        if (org != null && org.isObject()) {
            b.organization(organization(org));
        } else if (text(node, "organization_id") != null) {
            b.organization(new Organization(text(node, "organization_id"), null, null, null, null));
        }
        each(node, "service_at_locations", (item, path) -> serviceAtLocation(item, path, record).ifPresent(b::serviceAtLocation));
        // A service runs on the days of its places' schedules too (ORUK 1.0 feeds put them there),
        // so the day filter counts them; the document keeps each schedule where it was published.
        each(node, "service_at_locations", (sal, salPath) -> each(sal, "schedules",
                (item, path) -> schedule(item, salPath + "." + path, record).ifPresent(b::schedule)));
        each(node, "attributes", (item, path) -> attribute(item, path, record, b));
        each(node, "phones", (item, path) -> b.phone(phone(item)));
        each(node, "contacts", (item, path) -> b.contact(contact(item)));
        each(node, "schedules", (item, path) -> schedule(item, path, record).ifPresent(b::schedule));
        each(node, "cost_options", (item, path) -> b.costOption(costOption(item, path, record)));
        each(node, "service_areas", (item, path) -> b.serviceArea(
                new ServiceArea(text(item, "id"), text(item, "name"), text(item, "description"))));
        each(node, "languages", (item, path) -> b.language(
                new Language(text(item, "id"), text(item, "name"), text(item, "code"))));
        return Optional.of(b.build());
    }

    public static Organization organization(JsonNode org) {
        return new Organization(text(org, "id"), text(org, "name"), text(org, "description"),
                text(org, "email"), text(org, "website"));
    }

    private Optional<ServiceAtLocation> serviceAtLocation(JsonNode item, String path, String record) {
        JsonNode loc = item.get("location");
        if (loc == null || !loc.isObject()) {
            problems.report(record, path + ".location", "the service_at_location has no location object");
            return Optional.empty();
        }
        GeoPoint point = null;
        Double lat = number(loc, "latitude", record, path + ".location");
        Double lon = number(loc, "longitude", record, path + ".location");
        if (lat != null && lon != null) {
            try {
                point = new GeoPoint(lat, lon);
            } catch (IllegalArgumentException e) {
                point = derivedPoint(loc); // placed from its postcode at import, if it could be
                // A warning, not a fault of the record: the service and location are kept, the values
                // stay in the document as sent, and the point is never used (no distance, map or
                // proximity match). The value off the globe is named, so the publisher knows which to fix.
                boolean latitude = Math.abs(lat) > 90;
                problems.warn(record, path + (latitude ? ".location.latitude" : ".location.longitude"),
                        offTheGlobe(text(loc, "id"), latitude ? "latitude" : "longitude", latitude ? lat : lon));
            }
        }
        java.util.List<Address> addresses = new java.util.ArrayList<>();
        each(loc, "addresses", (a, p) -> addresses.add(new Address(text(a, "id"), text(a, "address_1"),
                text(a, "city"), text(a, "region"), text(a, "state_province"), text(a, "postal_code"),
                text(a, "country"), text(a, "address_type"))));
        Location location = new Location(text(loc, "id"), text(loc, "name"), text(loc, "description"),
                Optional.ofNullable(text(loc, "location_type")).orElse("physical"), point, addresses);
        return Optional.of(new ServiceAtLocation(text(item, "id"), text(item, "description"), location));
    }

    /**
     * Whether a location carries a point derived from its postcode ({@code metadata} entries with
     * {@code last_action_type} "derived" for latitude and longitude, as an import's postcode placement adds).
     */
    public static boolean hasDerivedPoint(JsonNode loc) {
        return derivedPoint(loc) != null;
    }

    /** The point in a location's derived metadata entries; null when it has none or it is not a point. */
    private static GeoPoint derivedPoint(JsonNode loc) {
        Double lat = null;
        Double lon = null;
        for (JsonNode m : loc.path("metadata")) {
            if (!"derived".equals(text(m, "last_action_type"))) {
                continue;
            }
            String field = text(m, "field_name");
            String value = text(m, "replacement_value");
            try {
                if ("latitude".equals(field) && value != null) {
                    lat = Double.valueOf(value);
                } else if ("longitude".equals(field) && value != null) {
                    lon = Double.valueOf(value);
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (lat == null || lon == null) {
            return null;
        }
        try {
            return new GeoPoint(lat, lon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The warning for a location whose point is off the globe. */
    private static String offTheGlobe(String locationId, String field, double value) {
        String range = "latitude".equals(field) ? "-90 to 90" : "-180 to 180";
        return "location " + (locationId == null ? "(no id)" : "\"" + locationId + "\"") + ": " + field + " "
                + BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + " is off the globe (" + range
                + "), so its point is not used: no distance, map or proximity match; the service and the location"
                + " are kept as sent";
    }

    private void attribute(JsonNode item, String path, String record, Service.Builder b) {
        JsonNode termNode = item.get("taxonomy_term");
        String termId = text(item, "taxonomy_term_id");
        String code = null;
        String taxonomy = null;
        String name = null;
        String description = null;
        if (termNode != null && termNode.isObject()) {
            termId = Optional.ofNullable(text(termNode, "id")).orElse(termId);
            code = text(termNode, "code");
            name = text(termNode, "name");
            description = text(termNode, "description");
            taxonomy = text(termNode, "taxonomy_id");
            JsonNode tax = termNode.get("taxonomy");
            if (taxonomy == null && tax != null) {
                taxonomy = tax.isObject() ? Optional.ofNullable(text(tax, "id")).orElse(text(tax, "name"))
                        : tax.asString(null);
            }
        }
        String key = code != null ? code : termId;
        if (key == null) {
            problems.report(record, path + ".taxonomy_term", "the attribute names no taxonomy term");
            return;
        }
        if (NeedsTaxonomy.TAXONOMY_ID.equals(taxonomy) || (taxonomy == null && NeedsTaxonomy.contains(key))) {
            if (NeedsTaxonomy.contains(key)) {
                b.need(key);
            } else {
                problems.report(record, path + ".taxonomy_term", "\"" + key + "\" is not a term of "
                        + NeedsTaxonomy.TAXONOMY_ID + "; known terms are " + NeedsTaxonomy.termIds());
            }
        } else if (Delivery.TAXONOMY_ID.equals(taxonomy) || (taxonomy == null && Delivery.parse(key).isPresent())) {
            String k = key;
            Delivery.parse(key).ifPresentOrElse(b::delivery, () -> problems.report(record, path + ".taxonomy_term",
                    "\"" + k + "\" is not a delivery; use home_visit, telephone, group_venue or online"));
        } else {
            b.term(new TaxonomyTerm(termId, code, name, description, taxonomy));
        }
    }

    private static Phone phone(JsonNode item) {
        return new Phone(text(item, "id"), text(item, "number"), text(item, "type"), text(item, "description"));
    }

    private static Contact contact(JsonNode item) {
        java.util.List<Phone> phones = new java.util.ArrayList<>();
        each(item, "phones", (p, path) -> phones.add(phone(p)));
        return new Contact(text(item, "id"), text(item, "name"), text(item, "title"), text(item, "email"), phones);
    }

    private Optional<Schedule> schedule(JsonNode item, String path, String record) {
        Schedule schedule = new Schedule(text(item, "id"), text(item, "freq"), text(item, "byday"),
                time(item, "opens_at", record, path), time(item, "closes_at", record, path), text(item, "description"));
        for (String unknown : schedule.unknownDays()) {
            problems.report(record, path + ".byday", "\"" + unknown + "\" is not a day; use MO, TU, WE, TH, FR, SA or"
                    + " SU, with an ordinal for monthly schedules (1MO is the first Monday, -1FR the last Friday)");
        }
        return Optional.of(schedule);
    }

    private CostOption costOption(JsonNode item, String path, String record) {
        Double amount = number(item, "amount", record, path);
        return new CostOption(text(item, "id"), text(item, "option"),
                amount == null ? null : BigDecimal.valueOf(amount).stripTrailingZeros(), text(item, "currency"),
                text(item, "amount_description"));
    }

    // --- small typed accessors; each reports what it could not read ---

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String s = value.asString();
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Integer integer(JsonNode node, String field, String record) {
        Double d = number(node, field, record, "");
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || d < 0 || d > 150) {
            problems.report(record, field, field + " must be a whole number of years from 0 to 150, got " + d);
            if (d != Math.rint(d)) {
                leaveOut(node, field); // HSDS types ages as integers
            }
            return null;
        }
        return d.intValue();
    }

    private Double number(JsonNode node, String field, String record, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            // a number written as text ("18", "51.38") is the number: stored and served as one, so the
            // record stays valid HSDS; words, "NaN", "Infinity" or "18d" are not numbers
            BigDecimal parsed = new BigDecimal(value.asString().trim());
            if (node instanceof ObjectNode object) {
                if (parsed.stripTrailingZeros().scale() <= 0) {
                    object.put(field, parsed.toBigIntegerExact().longValueExact()); // a whole number stays whole
                } else {
                    object.put(field, parsed.doubleValue());
                }
            }
            return parsed.doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.report(record, join(prefix, field), field + " must be a number, got \"" + value.asString() + "\"");
            leaveOut(node, field);
            return null;
        }
    }

    private LocalDate date(JsonNode node, String field, String record) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (java.time.format.DateTimeParseException e) {
            problems.report(record, field, field + " must be a date like 2026-11-23, got \"" + s + "\"");
            leaveOut(node, field);
            return null;
        }
    }

    private LocalTime time(JsonNode node, String field, String record, String path) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            return parseTime(s);
        } catch (java.time.format.DateTimeParseException e) {
            problems.report(record, join(path, field), field + " must be a time like 09:30, got \"" + s + "\"");
            leaveOut(node, field);
            return null;
        }
    }

    /** HH:MM with an optional seconds part and timezone suffix (Z or an offset), which we drop: the UK is one zone. */
    public static LocalTime parseTime(String s) {
        String t = s.trim();
        String clock = t.length() >= 5 ? t.substring(0, 5) : t;
        if (clock.length() == 4 && clock.charAt(1) == ':') {
            clock = "0" + clock;
        }
        return LocalTime.parse(clock);
    }

    /** Every text value people read, at any depth, as clean text ({@link PlainText}); addresses and ids kept. */
    private static void cleanWords(JsonNode node) {
        if (node instanceof ObjectNode object) {
            java.util.Map<String, String> cleaned = new java.util.LinkedHashMap<>();
            for (java.util.Map.Entry<String, JsonNode> e : object.properties()) {
                String key = e.getKey();
                JsonNode value = e.getValue();
                if (value.isString()) {
                    if (!NOT_WORDS.contains(key) && !key.endsWith("_id") && PlainText.hasMarkup(value.asString())) {
                        cleaned.put(key, PlainText.of(value.asString()));
                    }
                } else {
                    cleanWords(value);
                }
            }
            cleaned.forEach(object::put);
        } else if (node != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isString() && PlainText.hasMarkup(item.asString())) {
                    ((tools.jackson.databind.node.ArrayNode) node).set(i, PlainText.of(item.asString()));
                } else {
                    cleanWords(item);
                }
            }
        }
    }

    private static void dropNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            java.util.List<String> nulls = new java.util.ArrayList<>();
            for (java.util.Map.Entry<String, JsonNode> e : object.properties()) {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    dropNulls(e.getValue());
                }
            }
            object.remove(nulls);
        } else if (node != null && node.isArray()) {
            node.forEach(HsdsServiceReader::dropNulls);
        }
    }

    /** Removes a value of the wrong type from the stored document, so the API never serves it. */
    private static void leaveOut(JsonNode node, String field) {
        if (node instanceof ObjectNode object) {
            object.remove(field);
        }
    }

    private static String join(String prefix, String field) {
        return prefix == null || prefix.isEmpty() ? field : prefix + "." + field;
    }

    private static void each(JsonNode node, String field, java.util.function.BiConsumer<JsonNode, String> action) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            action.accept(array.get(i), field + "[" + i + "]");
        }
    }
}
