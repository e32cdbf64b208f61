package uk.lantern.directory.importer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.model.Delivery;

/**
 * Maps an Open Referral UK 1.0 feed (the shape many councils still publish) to HSDS 3.0, so the
 * rest of the importer reads one shape.
 *
 * <p>ORUK 1.0 pages are Spring-style ({@code content}, {@code totalElements}, {@code totalPages},
 * {@code number}, {@code last}); services carry a nested {@code organization},
 * {@code eligibilitys}, {@code regular_schedules}, {@code holiday_schedules},
 * {@code service_taxonomys}, {@code fundings}, locations with {@code physical_addresses} and
 * {@code accessibility_for_disabilities}, and the service-level vocabularies
 * {@code attending_type}, {@code attending_access} and {@code deliverable_type}. Source: Open
 * Referral UK data standard, version 1.0 (LGA / MHCLG, 2020), the API and data model pages.
 *
 * <p>Nothing is dropped. Fields with an HSDS 3.0 home move there; the three vocabularies become
 * attributes with taxonomy terms in taxonomies {@code oruk-attending_type} and so on (so
 * {@code taxonomy_term_id} can filter on them), and {@code attending_type} also gives Lantern's
 * delivery term; every other field, including suppliers' {@code pc_} fields and reviews, is kept
 * as an attribute of the service in taxonomy {@value #KEPT_TAXONOMY}, labelled by its path, with
 * its value (JSON text for objects and lists).
 */
final class OrukVersion1 {
    /** Taxonomy of the attributes that keep ORUK 1.0 fields HSDS 3.0 has no place for. */
    static final String KEPT_TAXONOMY = "oruk-1.0-fields";
    /** Fields only an ORUK 1.0 service has. */
    private static final Set<String> VERSION1_SERVICE_FIELDS = Set.of("eligibilitys", "regular_schedules",
            "holiday_schedules", "service_taxonomys", "fundings", "attending_access", "deliverable_type", "reviews");
    private static final Set<String> VOCABULARIES = Set.of("attending_type", "attending_access", "deliverable_type");
    private static final Map<String, Delivery> ATTENDING_TYPES = Map.of("phone", Delivery.TELEPHONE,
            "telephone", Delivery.TELEPHONE, "online", Delivery.ONLINE, "venue", Delivery.GROUP_VENUE,
            "home visit", Delivery.HOME_VISIT, "home", Delivery.HOME_VISIT);
    /** Service fields whose name and meaning are the same in 1.0 and 3.0. */
    private static final Set<String> SAME_SERVICE_FIELDS = Set.of("id", "name", "description", "url", "email",
            "status", "accreditations", "alternate_name", "minimum_age", "maximum_age");

    private OrukVersion1() {
    }

    /**
     * True when the JSON is an ORUK 1.0 page ({@code content} with {@code totalElements}) or a
     * service, a list of services or a page whose services have fields only 1.0 has.
     */
    static boolean recognises(JsonNode root) {
        if (root == null || !root.isObject() && !root.isArray()) {
            return false;
        }
        if (root.isObject() && root.has("content") && root.get("content").isArray()
                && (root.has("totalElements") || root.has("totalPages") || root.has("number"))) {
            return true;
        }
        JsonNode records = root.isArray() ? root : root.has("contents") ? root.get("contents") : null;
        if (records == null) {
            return isVersion1Service(root);
        }
        for (JsonNode record : records) {
            return isVersion1Service(record); // feeds are all one version: the first record decides
        }
        return false;
    }

    private static boolean isVersion1Service(JsonNode node) {
        if (!node.isObject()) {
            return false;
        }
        if (VERSION1_SERVICE_FIELDS.stream().anyMatch(node::has)) {
            return true;
        }
        JsonNode sals = node.get("service_at_locations");
        return sals != null && sals.isArray() && !sals.isEmpty()
                && sals.get(0).path("location").has("physical_addresses");
    }

    /** The same feed in HSDS 3.0 shape: a page becomes an HSDS 3.0 page, each service an HSDS 3.0 service. */
    static JsonNode toHsds3(JsonNode root) {
        if (root.isArray()) {
            return services(root);
        }
        if (root.has("content")) {
            ObjectNode page = HsdsServiceWriter.JSON.createObjectNode();
            copyIfPresent(root, "totalElements", page, "total_items");
            copyIfPresent(root, "totalPages", page, "total_pages");
            if (root.has("number")) {
                page.put("page_number", root.path("number").asInt(0) + 1); // Spring pages count from 0
            }
            copyIfPresent(root, "first", page, "first_page");
            copyIfPresent(root, "last", page, "last_page");
            page.set("contents", services(root.get("content")));
            return page;
        }
        if (root.has("contents")) {
            ObjectNode page = ((ObjectNode) root).deepCopy();
            page.set("contents", services(root.get("contents")));
            return page;
        }
        return service(root);
    }

    private static ArrayNode services(JsonNode array) {
        ArrayNode out = HsdsServiceWriter.JSON.createArrayNode();
        for (JsonNode s : array) {
            out.add(s.isObject() ? service(s) : s);
        }
        return out;
    }

    /** One ORUK 1.0 service as an HSDS 3.0 service. */
    static ObjectNode service(JsonNode in) {
        ObjectNode out = HsdsServiceWriter.JSON.createObjectNode();
        String id = in.path("id").asString("");
        ArrayNode attributes = HsdsServiceWriter.JSON.createArrayNode();
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : in.properties()) {
            String field = e.getKey();
            JsonNode value = e.getValue();
            if (value == null || value.isNull()) {
                continue;
            }
            switch (field) {
                case "fees" -> out.set("fees_description", value);
                case "assured_date" -> {
                    out.put("assured_date", datePart(value.asString("")));
                    if (!datePart(value.asString("")).equals(value.asString(""))) {
                        kept.put(field, value); // the time of day has no place in 3.0; keep it as sent
                    }
                }
                case "organization" -> out.set("organization", organization(value, kept, "organization"));
                case "eligibilitys" -> eligibility(id, value, out, attributes);
                case "service_at_locations" -> out.set("service_at_locations", serviceAtLocations(value, kept));
                case "regular_schedules" -> appendAll(out, "schedules", schedules(value, false));
                case "holiday_schedules" -> appendAll(out, "schedules", schedules(value, true));
                case "service_taxonomys" -> taxonomyTerms(value, attributes);
                case "fundings" -> out.set("funding", value.deepCopy());
                case "contacts" -> out.set("contacts", value.deepCopy());
                case "cost_options" -> out.set("cost_options", costOptions(value));
                case "languages" -> out.set("languages", languages(value));
                case "service_areas" -> out.set("service_areas", serviceAreas(value));
                case "attending_type", "attending_access", "deliverable_type" ->
                        vocabulary(id, field, value, attributes, kept);
                default -> {
                    if (SAME_SERVICE_FIELDS.contains(field)) {
                        out.set(field, value.deepCopy());
                    } else {
                        kept.put(field, value);
                    }
                }
            }
        }
        if (!out.has("status")) {
            out.put("status", "active"); // required in 3.0; 1.0 feeds list only services that run
        }
        if (out.path("organization").has("id")) {
            out.set("organization_id", out.path("organization").get("id"));
        }
        kept.forEach((path, value) -> attributes.add(keptAttribute(id, path, value)));
        if (!attributes.isEmpty()) {
            out.set("attributes", attributes);
        }
        return out;
    }

    private static ObjectNode organization(JsonNode in, Map<String, JsonNode> kept, String path) {
        ObjectNode out = HsdsServiceWriter.JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> e : in.properties()) {
            switch (e.getKey()) {
                case "id", "name", "description", "email", "logo", "uri" -> out.set(e.getKey(), e.getValue().deepCopy());
                case "url" -> out.set("website", e.getValue().deepCopy());
                default -> kept.put(path + "." + e.getKey(), e.getValue());
            }
        }
        // HSDS 3.0 requires a description, 1.0 made it optional: one the feed did not give is empty,
        // never made up from the name (round 14).
        if (!out.has("description")) {
            out.put("description", "");
        }
        return out;
    }

    private static void eligibility(String serviceId, JsonNode records, ObjectNode out, ArrayNode attributes) {
        StringBuilder text = new StringBuilder();
        Integer minimum = null;
        Integer maximum = null;
        boolean everyMaximum = true;
        int i = 0;
        for (JsonNode e : records) {
            String eligibility = e.path("eligibility").asString("").trim();
            if (!eligibility.isEmpty()) {
                text.append(text.isEmpty() ? "" : "; ").append(eligibility);
                ObjectNode term = term("oruk-eligibility:" + slug(eligibility), eligibility,
                        "Who the service is for, as the ORUK 1.0 feed said it", "oruk-eligibility");
                ObjectNode attribute = attributes.addObject();
                attribute.put("id", e.path("id").asString(serviceId + "-eligibility-" + i));
                attribute.put("taxonomy_term_id", term.get("id").asString());
                attribute.set("taxonomy_term", term);
                attribute.put("value", eligibility);
            }
            if (e.path("minimum_age").isNumber()) {
                int m = e.get("minimum_age").asInt();
                minimum = minimum == null ? m : Math.min(minimum, m);
            }
            if (e.path("maximum_age").isNumber()) {
                int m = e.get("maximum_age").asInt();
                maximum = maximum == null ? m : Math.max(maximum, m);
            } else {
                everyMaximum = false;
            }
            i++;
        }
        if (!text.isEmpty()) {
            out.put("eligibility_description", text.toString());
        }
        if (minimum != null) {
            out.put("minimum_age", minimum);
        }
        if (maximum != null && everyMaximum) {
            out.put("maximum_age", maximum); // one open-ended group leaves the service open-ended
        }
    }

    private static ArrayNode serviceAtLocations(JsonNode in, Map<String, JsonNode> kept) {
        ArrayNode out = HsdsServiceWriter.JSON.createArrayNode();
        int i = 0;
        for (JsonNode sal : in) {
            ObjectNode o = out.addObject();
            String path = "service_at_locations[" + i++ + "]";
            for (Map.Entry<String, JsonNode> e : sal.properties()) {
                switch (e.getKey()) {
                    case "id", "description" -> o.set(e.getKey(), e.getValue().deepCopy());
                    case "location" -> o.set("location", location(e.getValue(), kept, path + ".location"));
                    case "regular_schedules" -> appendAll(o, "schedules", schedules(e.getValue(), false));
                    case "holiday_schedules" -> appendAll(o, "schedules", schedules(e.getValue(), true));
                    default -> kept.put(path + "." + e.getKey(), e.getValue());
                }
            }
        }
        return out;
    }

    private static ObjectNode location(JsonNode in, Map<String, JsonNode> kept, String path) {
        ObjectNode out = HsdsServiceWriter.JSON.createObjectNode();
        out.put("location_type", "physical");
        for (Map.Entry<String, JsonNode> e : in.properties()) {
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "id", "name", "description", "latitude", "longitude" -> out.set(e.getKey(), v.deepCopy());
                case "physical_addresses" -> {
                    ArrayNode addresses = out.putArray("addresses");
                    for (JsonNode a : v) {
                        ObjectNode address = ((ObjectNode) a).deepCopy();
                        address.put("address_type", "physical");
                        addresses.add(address);
                    }
                }
                case "accessibility_for_disabilities" -> {
                    ArrayNode accessibility = out.putArray("accessibility");
                    for (JsonNode a : v) {
                        ObjectNode o = accessibility.addObject();
                        copyIfPresent(a, "id", o, "id");
                        copyIfPresent(a, "accessibility", o, "description");
                    }
                }
                default -> kept.put(path + "." + e.getKey(), v);
            }
        }
        return out;
    }

    private static ArrayNode schedules(JsonNode in, boolean holiday) {
        ArrayNode out = HsdsServiceWriter.JSON.createArrayNode();
        for (JsonNode s : in) {
            ObjectNode o = out.addObject();
            for (Map.Entry<String, JsonNode> e : s.properties()) {
                JsonNode v = e.getValue();
                switch (e.getKey()) {
                    case "freq" -> o.put("freq", v.asString("").toUpperCase(Locale.ROOT));
                    case "interval" -> {
                        try {
                            if (v.isNumber()) {
                                o.set("interval", v.deepCopy());
                            } else {
                                o.put("interval", Double.parseDouble(v.asString("").trim()));
                            }
                        } catch (NumberFormatException notANumber) {
                            o.put("notes", "interval as published: " + v.asString()); // 3.0 types it as a number
                        }
                    }
                    case "valid_from", "valid_to", "dtstart" -> o.put(e.getKey(), datePart(v.asString("")));
                    case "start_date" -> o.put("valid_from", datePart(v.asString("")));
                    case "end_date" -> o.put("valid_to", datePart(v.asString("")));
                    case "closed" -> o.put("notes", v.asBoolean() ? "closed" : "open");
                    default -> o.set(e.getKey(), v.deepCopy());
                }
            }
            if (holiday && !o.has("description")) {
                o.put("description", "closed".equals(o.path("notes").asString("")) ? "Closed for a holiday"
                        : "Holiday opening hours");
            }
        }
        return out;
    }

    private static void taxonomyTerms(JsonNode in, ArrayNode attributes) {
        for (JsonNode st : in) {
            JsonNode t = st.path("taxonomy");
            String termId = t.path("id").asString(null);
            if (termId == null) {
                continue; // an attribute without a term is reported by the HSDS reader as it was in 1.0
            }
            ObjectNode term = term(termId, t.path("name").asString(termId),
                    t.path("name").asString(termId), t.path("vocabulary").asString(null));
            if (t.has("parent") && !t.get("parent").isNull()) {
                term.put("parent_id", t.get("parent").isObject() ? t.get("parent").path("id").asString()
                        : t.get("parent").asString());
            }
            ObjectNode attribute = attributes.addObject();
            attribute.put("id", st.path("id").asString(termId));
            attribute.put("taxonomy_term_id", termId);
            attribute.set("taxonomy_term", term);
        }
    }

    private static ArrayNode costOptions(JsonNode in) {
        ArrayNode out = HsdsServiceWriter.JSON.createArrayNode();
        for (JsonNode c : in) {
            ObjectNode o = ((ObjectNode) c).deepCopy();
            for (String date : new String[] {"valid_from", "valid_to"}) {
                if (o.has(date) && o.get(date).isString()) {
                    o.put(date, datePart(o.get(date).asString()));
                }
            }
            if (o.has("amount") && !o.has("currency")) {
                o.put("currency", "GBP"); // ORUK is the UK profile; 1.0 had no currency field
            }
            out.add(o);
        }
        return out;
    }

    private static ArrayNode languages(JsonNode in) {
        ArrayNode out = HsdsServiceWriter.JSON.createArrayNode();
        for (JsonNode l : in) {
            ObjectNode o = out.addObject();
            copyIfPresent(l, "id", o, "id");
            copyIfPresent(l, "language", o, "name");
        }
        return out;
    }

    private static ArrayNode serviceAreas(JsonNode in) {
        ArrayNode out = HsdsServiceWriter.JSON.createArrayNode();
        for (JsonNode a : in) {
            ObjectNode o = out.addObject();
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                o.set("service_area".equals(e.getKey()) ? "name" : e.getKey(), e.getValue().deepCopy());
            }
        }
        return out;
    }

    /** attending_type, attending_access and deliverable_type: one term per value, and delivery from attending_type. */
    private static void vocabulary(String serviceId, String field, JsonNode value, ArrayNode attributes,
                                   Map<String, JsonNode> kept) {
        if (!value.isString() || value.asString().isBlank()) {
            kept.put(field, value);
            return;
        }
        for (String part : value.asString().split(",")) {
            String v = part.trim();
            if (v.isEmpty()) {
                continue;
            }
            String taxonomy = "oruk-" + field;
            ObjectNode term = term(taxonomy + ":" + slug(v), v, "ORUK 1.0 " + field + ": " + v, taxonomy);
            ObjectNode attribute = attributes.addObject();
            attribute.put("id", serviceId + "-" + field + "-" + slug(v));
            attribute.put("taxonomy_term_id", term.get("id").asString());
            attribute.set("taxonomy_term", term);
            attribute.put("value", v);
            Delivery delivery = "attending_type".equals(field) ? ATTENDING_TYPES.get(v.toLowerCase(Locale.ROOT)) : null;
            if (delivery != null) {
                ObjectNode d = attributes.addObject();
                d.put("id", serviceId + "-delivery-" + delivery.id());
                d.put("taxonomy_term_id", delivery.id());
                d.set("taxonomy_term", term(delivery.id(), delivery.label(), delivery.label(), Delivery.TAXONOMY_ID));
            }
        }
    }

    private static ObjectNode keptAttribute(String serviceId, String path, JsonNode value) {
        ObjectNode attribute = HsdsServiceWriter.JSON.createObjectNode();
        attribute.put("id", serviceId + "-kept-" + path);
        attribute.put("taxonomy_term_id", KEPT_TAXONOMY + ":" + path);
        attribute.set("taxonomy_term", term(KEPT_TAXONOMY + ":" + path, path,
                "A field of the ORUK 1.0 feed that HSDS 3.0 has no place for, kept as published", KEPT_TAXONOMY));
        attribute.put("value", value.isValueNode() ? value.asString() : HsdsServiceWriter.JSON.writeValueAsString(value));
        return attribute;
    }

    private static ObjectNode term(String id, String name, String description, String taxonomy) {
        ObjectNode term = HsdsServiceWriter.JSON.createObjectNode();
        term.put("id", id);
        term.put("name", name);
        term.put("description", description);
        if (taxonomy != null) {
            term.put("taxonomy", taxonomy);
        }
        return term;
    }

    private static void appendAll(ObjectNode o, String field, ArrayNode items) {
        JsonNode existing = o.get(field);
        ArrayNode array = existing instanceof ArrayNode a ? a : o.putArray(field);
        array.addAll(items);
    }

    private static void copyIfPresent(JsonNode from, String field, ObjectNode to, String as) {
        JsonNode v = from.get(field);
        if (v != null && !v.isNull()) {
            to.set(as, v.deepCopy());
        }
    }

    /** 1.0 feeds often send dates as date-times ("2024-03-01T00:00:00"); HSDS 3.0 dates are dates. */
    private static String datePart(String s) {
        String t = s.trim();
        return t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t;
    }

    private static String slug(String s) {
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "blank" : slug;
    }
}
