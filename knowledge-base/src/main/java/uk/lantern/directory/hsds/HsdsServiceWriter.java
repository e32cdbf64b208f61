package uk.lantern.directory.hsds;

import java.time.LocalTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.model.Address;
import uk.lantern.directory.model.Contact;
import uk.lantern.directory.model.CostOption;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Language;
import uk.lantern.directory.model.Organization;
import uk.lantern.directory.model.Phone;
import uk.lantern.directory.model.Schedule;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.ServiceArea;
import uk.lantern.directory.model.ServiceAtLocation;
import uk.lantern.directory.model.TaxonomyTerm;
import uk.lantern.directory.signpost.Eligibility;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * Writes a service as a full HSDS 3.0 service object, the shape {@link HsdsServiceReader} reads.
 * A service read from HSDS is written as the document it was read from, unchanged, with
 * attributes added only for needs, delivery and other terms (the eligibility Lantern records at
 * import) that were derived rather than sent. Any other
 * service is written from its components: needs and delivery become attributes linking the
 * service to their taxonomy terms, and empty fields are left out rather than written as null.
 */
public final class HsdsServiceWriter {
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private HsdsServiceWriter() {
    }

    public static ObjectNode write(Service s) {
        // Service.document() parses a fresh tree each call, this writer's own to complete.
        if (s.document() instanceof ObjectNode document) {
            return fromDocument(s, document, true);
        }
        return fromComponents(s);
    }

    /**
     * The service as its publisher sent it, for the ORUK read API and the index's copy of the
     * record: the document it was read from, with {@code last_modified} as a date-time and
     * Lantern's own terms named by id completed as {@link #write} does, but with nothing Lantern
     * read into it (needs a taxonomy mapping adds, groups read from the words, which Lantern keeps
     * beside the record) and without the attributes a version before round 13 recorded in the
     * record from its {@code eligibility_description} (term description
     * {@value Eligibility#FROM_DESCRIPTION}). A service built in code has no document and is
     * written from its components, as {@link #write} writes it.
     */
    public static ObjectNode asSent(Service s) {
        if (s.document() instanceof ObjectNode document) {
            JsonNode attributes = document.get("attributes");
            if (attributes instanceof ArrayNode list && !list.isEmpty()) {
                for (int i = list.size() - 1; i >= 0; i--) {
                    if (Eligibility.FROM_DESCRIPTION.equals(list.get(i).path("taxonomy_term").path("description").asString(""))) {
                        list.remove(i);
                    }
                }
                if (list.isEmpty()) {
                    document.remove("attributes"); // only a version before round 13 put them there
                }
            }
            return fromDocument(s, document, false);
        }
        return fromComponents(s);
    }

    /** The service's HSDS JSON text, exactly as {@link #write} then serialised. */
    public static String json(Service s) {
        return JSON.writeValueAsString(write(s));
    }

    /**
     * The service's {@code last_modified} as a date-time: as published when it is one, midnight UTC
     * for a bare date, UTC for a date-time without an offset; null when the service has none.
     */
    public static java.time.OffsetDateTime lastModified(Service s) {
        String sent = s.source() == null ? null : s.source().lastModifiedText(); // no parse of the record
        if (sent != null) {
            String text = sent.trim();
            try {
                return java.time.OffsetDateTime.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                try {
                    return java.time.LocalDateTime.parse(text).atOffset(java.time.ZoneOffset.UTC);
                } catch (java.time.format.DateTimeParseException notLocal) {
                    // a bare date: the parsed date below
                }
            }
        }
        java.time.LocalDate date = s.lastModified();
        return date == null ? null : date.atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
    }

    /**
     * Completes {@code n}, a copy of the service's document that this call may change; with
     * {@code derived}, attributes are added for the needs, delivery and terms the service has
     * beyond those sent.
     */
    private static ObjectNode fromDocument(Service s, ObjectNode n, boolean derived) {
        JsonNode modified = n.get("last_modified");
        if (modified != null && !isOffsetDateTime(modified.asString(""))) {
            java.time.OffsetDateTime dateTime = lastModified(s);
            if (dateTime != null) {
                n.put("last_modified", dateTime.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)); // HSDS 3.0: a date-time
            }
        }
        java.util.Set<String> sent = new java.util.HashSet<>();
        JsonNode existing = n.get("attributes");
        if (existing != null && existing.isArray()) {
            for (JsonNode a : existing) {
                addText(sent, a.get("taxonomy_term_id"));
                JsonNode term = a.get("taxonomy_term");
                if (term != null && term.isObject()) {
                    addText(sent, term.get("id"));
                    addText(sent, term.get("code"));
                }
                if (a instanceof ObjectNode attribute) {
                    completeLanternTerm(s.id(), attribute);
                }
            }
        }
        if (!derived) {
            return n;
        }
        java.util.List<TaxonomyTerm> added = new java.util.ArrayList<>();
        s.needs().stream().filter(need -> !sent.contains(need))
                .forEach(need -> added.add(NeedsTaxonomy.term(need).orElseThrow()));
        s.deliveries().stream().filter(d -> !sent.contains(d.id())).forEach(d -> added.add(d.term()));
        s.otherTerms().stream().filter(t -> !sent.contains(t.id()) && !sent.contains(t.code())).forEach(added::add);
        if (!added.isEmpty()) {
            ArrayNode attributes = existing != null && existing.isArray() ? (ArrayNode) existing : n.putArray("attributes");
            added.forEach(term -> attribute(attributes, s.id(), term));
        }
        return n;
    }

    /**
     * An attribute naming one of Lantern's own terms by id alone (as the sample and hand-written
     * edits do) gets the term's name and description, which HSDS requires; values that were sent
     * are never changed.
     */
    private static void completeLanternTerm(String serviceId, ObjectNode attribute) {
        JsonNode termNode = attribute.get("taxonomy_term");
        ObjectNode term = termNode instanceof ObjectNode o ? o : null;
        String id = term == null ? HsdsServiceReader.text(attribute, "taxonomy_term_id")
                : java.util.Optional.ofNullable(HsdsServiceReader.text(term, "code"))
                        .orElse(java.util.Optional.ofNullable(HsdsServiceReader.text(term, "id"))
                                .orElse(HsdsServiceReader.text(attribute, "taxonomy_term_id")));
        String taxonomy = term == null ? null : HsdsServiceReader.text(term, "taxonomy_id");
        java.util.Optional<TaxonomyTerm> ours = java.util.Optional.empty();
        if (id != null && (NeedsTaxonomy.TAXONOMY_ID.equals(taxonomy) || (taxonomy == null && NeedsTaxonomy.contains(id)))) {
            ours = NeedsTaxonomy.term(id);
        } else if (id != null && (Delivery.TAXONOMY_ID.equals(taxonomy) || taxonomy == null)) {
            ours = Delivery.parse(id).map(Delivery::term);
        }
        if (ours.isEmpty()) {
            return;
        }
        TaxonomyTerm t = ours.get();
        if (term == null) {
            term = attribute.putObject("taxonomy_term");
        }
        ObjectNode complete = term(t);
        for (java.util.Map.Entry<String, JsonNode> e : complete.properties()) {
            if (!term.has(e.getKey())) {
                term.set(e.getKey(), e.getValue());
            }
        }
        if (!attribute.has("id")) {
            attribute.put("id", serviceId + ":" + t.taxonomyId() + ":" + t.id());
        }
        if (!attribute.has("taxonomy_term_id")) {
            attribute.set("taxonomy_term_id", term.get("id"));
        }
    }

    private static boolean isOffsetDateTime(String text) {
        try {
            java.time.OffsetDateTime.parse(text.trim());
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static void addText(java.util.Set<String> into, JsonNode value) {
        if (value != null && value.isValueNode() && !value.isNull()) {
            into.add(value.asString());
        }
    }

    private static ObjectNode fromComponents(Service s) {
        ObjectNode n = JSON.createObjectNode();
        put(n, "id", s.id());
        if (s.organization() != null) {
            put(n, "organization_id", s.organization().id());
        }
        put(n, "name", s.name());
        put(n, "description", s.description());
        put(n, "url", s.url());
        put(n, "email", s.email());
        put(n, "status", s.status().code());
        put(n, "fees_description", s.feesDescription());
        put(n, "eligibility_description", s.eligibilityDescription());
        if (s.minimumAge() != null) {
            n.put("minimum_age", s.minimumAge());
        }
        if (s.maximumAge() != null) {
            n.put("maximum_age", s.maximumAge());
        }
        put(n, "assured_date", s.assuredDate() == null ? null : s.assuredDate().toString());
        put(n, "last_modified", s.lastModified() == null ? null
                : s.lastModified().atStartOfDay().atOffset(java.time.ZoneOffset.UTC)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        if (s.organization() != null) {
            n.set("organization", organization(s.organization()));
        }
        ArrayNode sals = n.putArray("service_at_locations");
        for (ServiceAtLocation sal : s.serviceAtLocations()) {
            ObjectNode o = sals.addObject();
            put(o, "id", sal.id());
            put(o, "service_id", s.id());
            put(o, "description", sal.description());
            if (sal.location() != null) {
                put(o, "location_id", sal.location().id());
                ObjectNode loc = o.putObject("location");
                put(loc, "id", sal.location().id());
                put(loc, "location_type", sal.location().locationType());
                put(loc, "name", sal.location().name());
                put(loc, "description", sal.location().description());
                if (sal.location().point() != null) {
                    loc.put("latitude", sal.location().point().latitude());
                    loc.put("longitude", sal.location().point().longitude());
                }
                ArrayNode addresses = loc.putArray("addresses");
                for (Address a : sal.location().addresses()) {
                    ObjectNode ao = addresses.addObject();
                    put(ao, "id", a.id());
                    put(ao, "location_id", sal.location().id());
                    put(ao, "address_1", a.address1());
                    put(ao, "city", a.city());
                    put(ao, "region", a.region());
                    put(ao, "state_province", a.stateProvince());
                    put(ao, "postal_code", a.postalCode());
                    put(ao, "country", a.country());
                    put(ao, "address_type", a.addressType());
                }
            }
        }
        ArrayNode attributes = n.putArray("attributes");
        for (String need : s.needs()) {
            TaxonomyTerm term = NeedsTaxonomy.term(need).orElseThrow();
            attribute(attributes, s.id(), term);
        }
        for (Delivery d : s.deliveries()) {
            attribute(attributes, s.id(), d.term());
        }
        for (TaxonomyTerm t : s.otherTerms()) {
            attribute(attributes, s.id(), t);
        }
        ArrayNode phones = n.putArray("phones");
        s.phones().forEach(p -> phones.add(phone(p)));
        ArrayNode contacts = n.putArray("contacts");
        for (Contact c : s.contacts()) {
            ObjectNode o = contacts.addObject();
            put(o, "id", c.id());
            put(o, "name", c.name());
            put(o, "title", c.title());
            put(o, "email", c.email());
            ArrayNode cp = o.putArray("phones");
            c.phones().forEach(p -> cp.add(phone(p)));
        }
        ArrayNode schedules = n.putArray("schedules");
        for (Schedule sc : s.schedules()) {
            ObjectNode o = schedules.addObject();
            put(o, "id", sc.id());
            put(o, "service_id", s.id());
            put(o, "freq", sc.freq());
            put(o, "byday", sc.byday());
            put(o, "opens_at", time(sc.opensAt()));
            put(o, "closes_at", time(sc.closesAt()));
            put(o, "description", sc.description());
        }
        ArrayNode costs = n.putArray("cost_options");
        for (CostOption c : s.costOptions()) {
            ObjectNode o = costs.addObject();
            put(o, "id", c.id());
            put(o, "service_id", s.id());
            put(o, "option", c.option());
            put(o, "currency", c.currency());
            if (c.amount() != null) {
                o.put("amount", c.amount());
            }
            put(o, "amount_description", c.amountDescription());
        }
        ArrayNode areas = n.putArray("service_areas");
        for (ServiceArea a : s.serviceAreas()) {
            ObjectNode o = areas.addObject();
            put(o, "id", a.id());
            put(o, "service_id", s.id());
            put(o, "name", a.name());
            put(o, "description", a.description());
        }
        ArrayNode languages = n.putArray("languages");
        for (Language l : s.languages()) {
            ObjectNode o = languages.addObject();
            put(o, "id", l.id());
            put(o, "service_id", s.id());
            put(o, "name", l.name());
            put(o, "code", l.code());
        }
        return n;
    }

    public static ObjectNode organization(Organization org) {
        ObjectNode o = JSON.createObjectNode();
        put(o, "id", org.id());
        put(o, "name", org.name());
        put(o, "description", org.description());
        put(o, "email", org.email());
        put(o, "website", org.website());
        return o;
    }

    public static ObjectNode term(TaxonomyTerm term) {
        ObjectNode t = JSON.createObjectNode();
        put(t, "id", term.id());
        put(t, "code", term.code());
        put(t, "name", term.name());
        put(t, "description", term.description());
        put(t, "taxonomy_id", term.taxonomyId());
        return t;
    }

    private static void attribute(ArrayNode attributes, String serviceId, TaxonomyTerm term) {
        ObjectNode a = attributes.addObject();
        put(a, "id", serviceId + ":" + term.taxonomyId() + ":" + term.id());
        put(a, "link_id", serviceId);
        put(a, "link_type", "service");
        put(a, "link_entity", "service");
        put(a, "taxonomy_term_id", term.id());
        a.set("taxonomy_term", term(term));
    }

    private static ObjectNode phone(Phone p) {
        ObjectNode o = JSON.createObjectNode();
        put(o, "id", p.id());
        put(o, "number", p.number());
        put(o, "type", p.type());
        put(o, "description", p.description());
        return o;
    }

    private static String time(LocalTime t) {
        return t == null ? null : t.toString();
    }

    private static void put(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
