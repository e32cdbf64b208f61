package uk.lantern.directory.search;

import java.time.DayOfWeek;
import java.util.stream.Collectors;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.geo.GeoPoint;
import uk.lantern.directory.hsds.FieldProblems;
import uk.lantern.directory.hsds.HsdsServiceReader;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Schedule;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.ServiceArea;
import uk.lantern.directory.signpost.Eligibility;
import uk.lantern.directory.signpost.TownLimit;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * How a service becomes a Lucene document and back. The service is stored whole as its HSDS
 * JSON, so what search returns is exactly what the ORUK API serves and what an import reads.
 */
final class ServiceDocuments {
    /** Raised whenever the fields below change, so indexes written before are rebuilt. */
    static final String LAYOUT = "7"; // 7 (round 16b): the outline tells paid from unknown cost
    static final String ID = "id";
    /** The ids of the service's service_at_location records, so one can be found by its own id. */
    static final String SERVICE_AT_LOCATION_ID = "service_at_location_id";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String ORGANISATION = "organisation";
    static final String NEEDS_TEXT = "needs_text";
    static final String NEED = "need";
    static final String DELIVERY = "delivery";
    /** "true" on services that need no travel: telephone, online, or with no place at all. */
    static final String REMOTE = "remote";
    static final String LOCATION = "location";
    static final String MIN_AGE = "min_age";
    static final String MAX_AGE = "max_age";
    static final String DAY = "day";
    static final String FREE = "free";
    static final String STATUS = "status";
    static final String HSDS = "hsds";
    /**
     * Lantern's own reading beside the record (round 13): one line per need ({@code n:} and its id)
     * and per group read from the words ({@code e:} and its code), stored only when there are any.
     * {@link #HSDS} holds the record as sent; {@link #load} adds these to it for Lantern's own use.
     */
    static final String LANTERN = "lantern";
    /** Every taxonomy term id of the service (needs, delivery, imported terms), for {@code taxonomy_term_id}. */
    static final String TERM = "term";
    /** The taxonomy of each of those terms, for {@code taxonomy_id}. */
    static final String TAXONOMY = "taxonomy";
    static final String ORGANISATION_ID = "organisation_id";
    /** {@code last_modified} in epoch milliseconds, for {@code modified_after}. */
    static final String MODIFIED = "modified";
    /** Minutes after midnight at which each schedule opens, and closes, for {@code start_time} and {@code end_time}. */
    static final String OPENS = "opens";
    static final String CLOSES = "closes";
    /** How many service_at_location records the service has, so that list can be paged without loading services. */
    static final String PLACES = "places";
    /**
     * Each service area's name as compared ({@link ServiceArea#key}: "medway", "kent"), for local
     * areas only, so a search can keep the services whose area covers a person's place.
     */
    static final String AREA = "area";
    /**
     * Each nation a national service area covers ({@link ServiceArea#nations}: "england" for
     * "England", all four for "UK"), and {@link ServiceArea#WHOLE_UK} when it covers all four.
     */
    static final String NATION = "nation";
    /** The service's {@link ServiceOutline}, a binary doc value. */
    static final String OUTLINE = "outline";
    /** Facet dimension for needs. */
    static final String NEED_FACET = "need";

    /** Ages outside any eligibility rule, standing in for "no limit" so range filters stay simple. */
    static final int NO_MINIMUM_AGE = 0;
    static final int NO_MAXIMUM_AGE = 200;

    static final FacetsConfig FACETS = facetsConfig();
    static final Sort INDEX_SORT = new Sort(new SortField(ID, SortField.Type.STRING));

    private ServiceDocuments() {
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(NEED_FACET, true);
        return config;
    }

    static Document toDocument(Service s) {
        return toDocument(s, null);
    }

    /**
     * @param hsds the service's HSDS JSON as sent, in UTF-8, when the caller has just written it (the
     *             database row's text), so it is not written a second time; null to write it here
     *             ({@link HsdsServiceWriter#asSent}). What Lantern read into {@code s} is kept beside it
     *             ({@link #LANTERN}), never in it.
     */
    static Document toDocument(Service s, byte[] hsds) {
        Document doc = new Document();
        doc.add(new StringField(ID, s.id(), Field.Store.NO));
        for (var sal : s.serviceAtLocations()) {
            if (sal.id() != null) {
                doc.add(new StringField(SERVICE_AT_LOCATION_ID, sal.id(), Field.Store.NO));
            }
        }
        doc.add(new SortedDocValuesField(ID, new BytesRef(s.id())));
        doc.add(new TextField(NAME, s.name(), Field.Store.NO));
        if (s.description() != null) {
            doc.add(new TextField(DESCRIPTION, s.description(), Field.Store.NO));
        }
        if (s.eligibilityDescription() != null) {
            doc.add(new TextField(DESCRIPTION, s.eligibilityDescription(), Field.Store.NO));
        }
        if (s.organization() != null && s.organization().name() != null) {
            doc.add(new TextField(ORGANISATION, s.organization().name(), Field.Store.NO));
        }
        // Labels only: the longer need descriptions would match almost any query and cost indexing time.
        String needsText = s.needs().stream().map(NeedsTaxonomy::label).collect(Collectors.joining(" "));
        String deliveryText = s.deliveries().stream().map(Delivery::label).collect(Collectors.joining(" "));
        doc.add(new TextField(NEEDS_TEXT, needsText + " " + deliveryText, Field.Store.NO));
        doc.add(new TextField(DirectoryAnalysis.SPELL_FIELD,
                s.name() + " " + (s.description() == null ? "" : s.description()), Field.Store.NO));
        for (String need : s.needs()) {
            doc.add(new StringField(NEED, need, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(NEED_FACET, need));
        }
        for (Delivery d : s.deliveries()) {
            doc.add(new StringField(DELIVERY, d.id(), Field.Store.NO));
        }
        boolean noPlace = s.points().isEmpty();
        if (noPlace || s.deliveries().contains(Delivery.TELEPHONE) || s.deliveries().contains(Delivery.ONLINE)) {
            doc.add(new StringField(REMOTE, "true", Field.Store.NO));
        }
        for (GeoPoint p : s.points()) {
            doc.add(new LatLonPoint(LOCATION, p.latitude(), p.longitude()));
            doc.add(new LatLonDocValuesField(LOCATION, p.latitude(), p.longitude()));
        }
        doc.add(new IntPoint(MIN_AGE, s.minimumAge() == null ? NO_MINIMUM_AGE : s.minimumAge()));
        doc.add(new IntPoint(MAX_AGE, s.maximumAge() == null ? NO_MAXIMUM_AGE : s.maximumAge()));
        for (DayOfWeek day : s.openDays()) {
            doc.add(new StringField(DAY, Schedule.code(day), Field.Store.NO));
        }
        if (s.isFree()) {
            doc.add(new StringField(FREE, "true", Field.Store.NO));
        }
        doc.add(new StringField(STATUS, s.status().code(), Field.Store.NO));
        addAreaFields(doc, s);
        doc.add(new BinaryDocValuesField(OUTLINE, ServiceOutline.write(s)));
        addStandardFields(doc, s);
        // the record as sent; what Lantern read into it (mapped needs, groups from the words) goes beside it
        byte[] json = hsds != null ? hsds : HsdsServiceWriter.JSON.writeValueAsBytes(HsdsServiceWriter.asSent(s));
        doc.add(new StoredField(HSDS, new BytesRef(json)));
        String reading = lanternReading(s);
        if (!reading.isEmpty()) {
            doc.add(new StoredField(LANTERN, reading));
        }
        try {
            return FACETS.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Where the service works, by name: {@link #AREA} and {@link #NATION}. */
    private static void addAreaFields(Document doc, Service s) {
        java.util.Set<String> areas = new java.util.HashSet<>();
        java.util.Set<String> nations = new java.util.HashSet<>();
        for (ServiceArea a : s.serviceAreas()) {
            if (a.national()) {
                nations.addAll(a.nations());
                if (a.covers(ServiceArea.WHOLE_UK)) {
                    nations.add(ServiceArea.WHOLE_UK);
                }
            } else if (!ServiceArea.key(a.name()).isEmpty()) {
                areas.add(ServiceArea.key(a.name()));
            }
        }
        areas.forEach(a -> doc.add(new StringField(AREA, a, Field.Store.NO)));
        nations.forEach(n -> doc.add(new StringField(NATION, n, Field.Store.NO)));
    }

    /** What the ORUK read API filters on beyond Lantern's own search. */
    private static void addStandardFields(Document doc, Service s) {
        java.util.Set<String> terms = new java.util.HashSet<>(s.needs());
        java.util.Set<String> taxonomies = new java.util.HashSet<>();
        if (!s.needs().isEmpty()) {
            taxonomies.add(NeedsTaxonomy.TAXONOMY_ID);
        }
        for (Delivery d : s.deliveries()) {
            terms.add(d.id());
            taxonomies.add(Delivery.TAXONOMY_ID);
        }
        for (var t : s.otherTerms()) {
            if (t.id() != null) {
                terms.add(t.id());
            }
            if (t.code() != null) {
                terms.add(t.code());
            }
            if (t.taxonomyId() != null) {
                taxonomies.add(t.taxonomyId());
            }
        }
        terms.forEach(t -> doc.add(new StringField(TERM, t, Field.Store.NO)));
        taxonomies.forEach(t -> doc.add(new StringField(TAXONOMY, t, Field.Store.NO)));
        OtherTaxonomyTerms.addTo(doc, s);
        if (s.organization() != null && s.organization().id() != null) {
            doc.add(new StringField(ORGANISATION_ID, s.organization().id(), Field.Store.NO));
        }
        java.time.OffsetDateTime modified = HsdsServiceWriter.lastModified(s);
        if (modified != null) {
            doc.add(new org.apache.lucene.document.LongPoint(MODIFIED, modified.toInstant().toEpochMilli()));
        }
        for (Schedule schedule : s.schedules()) {
            if (schedule.opensAt() != null) {
                doc.add(new IntPoint(OPENS, schedule.opensAt().toSecondOfDay() / 60));
            }
            if (schedule.closesAt() != null) {
                doc.add(new IntPoint(CLOSES, schedule.closesAt().toSecondOfDay() / 60));
            }
        }
        doc.add(new org.apache.lucene.document.NumericDocValuesField(PLACES, s.serviceAtLocations().size()));
    }

    /**
     * The {@link #LANTERN} lines of {@code s}: its needs, the groups Lantern read from its words and
     * (since round 15) the towns its words limit it to ({@link TownLimit}).
     */
    private static String lanternReading(Service s) {
        StringBuilder b = new StringBuilder();
        for (String need : s.needs()) {
            b.append("n:").append(need).append('\n');
        }
        for (var t : s.otherTerms()) {
            if (Eligibility.FROM_DESCRIPTION.equals(t.description()) && t.code() != null) {
                // towns a service's words limit it to (round 15) beside the groups: "t:strood"
                b.append(TownLimit.TAXONOMY_ID.equals(t.taxonomyId()) ? "t:" : "e:").append(t.code()).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * {@code read}, the record as sent, with Lantern's reading beside it ({@link #LANTERN}) added:
     * the needs and recorded groups it does not already carry. Its document stays the record as
     * sent, so {@link HsdsServiceWriter#asSent} still writes exactly that.
     */
    private static Service withLanternReading(Service read, String reading) {
        java.util.List<String> needs = new java.util.ArrayList<>();
        java.util.List<uk.lantern.directory.model.TaxonomyTerm> terms = new java.util.ArrayList<>();
        for (String line : reading.split("\n")) {
            if (line.startsWith("n:") && !read.needs().contains(line.substring(2))) {
                needs.add(line.substring(2));
            } else if (line.startsWith("t:")) {
                String town = line.substring(2);
                if (read.otherTerms().stream().noneMatch(t -> TownLimit.TAXONOMY_ID.equals(t.taxonomyId())
                        && town.equals(t.code()))) {
                    terms.add(TownLimit.term(town));
                }
            } else if (line.startsWith("e:")) {
                String code = line.substring(2);
                boolean carried = read.otherTerms().stream()
                        .anyMatch(t -> Eligibility.TAXONOMY_ID.equals(t.taxonomyId()) && code.equals(t.code()));
                if (!carried) {
                    Eligibility.recordedTerm(code).ifPresent(terms::add);
                }
            }
        }
        Service s = needs.isEmpty() ? read : read.withNeeds(needs);
        return terms.isEmpty() ? s : s.withTerms(terms);
    }

    static Service load(StoredFields stored, int docId) throws java.io.IOException {
        Document doc = stored.document(docId, java.util.Set.of(HSDS, LANTERN));
        String reading = doc.get(LANTERN);
        BytesRef bytes = doc.getBinaryValue(HSDS);
        JsonNode tree = HsdsServiceWriter.JSON.readTree(bytes.bytes, bytes.offset, bytes.length);
        // Problems were reported when the service was imported. Since round 9 an import stores no
        // service with a problem; one stored earlier keeps its document, and values Lantern cannot
        // use (a latitude of 100) are left out of the components again here.
        FieldProblems alreadyReported = (record, field, message) -> { };
        HsdsServiceReader reader = new HsdsServiceReader(alreadyReported);
        // the tree was parsed for this call alone, so it is read with no copy
        Service read = (tree instanceof ObjectNode owned ? reader.readOwned(owned, "stored", null)
                : reader.read(tree, "stored", null)).orElseThrow();
        return reading == null ? read : withLanternReading(read, reading);
    }
}
