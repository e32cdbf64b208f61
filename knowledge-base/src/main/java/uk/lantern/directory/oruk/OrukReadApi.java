package uk.lantern.directory.oruk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.model.Delivery;
import uk.lantern.directory.model.Schedule;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.ServiceAtLocation;
import uk.lantern.directory.model.Taxonomy;
import uk.lantern.directory.model.TaxonomyTerm;
import uk.lantern.directory.search.SearchResults;
import uk.lantern.directory.search.ServiceHit;
import uk.lantern.directory.search.ServiceIndex;
import uk.lantern.directory.search.ServiceQuery;
import uk.lantern.directory.search.ServiceSearch;
import uk.lantern.directory.search.PlacesPage;
import uk.lantern.directory.search.StandardFilters;
import uk.lantern.directory.geo.GeoPoint;
import java.util.Set;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * Builds ORUK / HSDS 3.0 responses. Services are served whole, in the shape the importer reads,
 * so a consumer can re-import them unchanged. The feed includes inactive services (with their
 * status) because other directories need to know a service has closed.
 */
public final class OrukReadApi {
    public static final int DEFAULT_PER_PAGE = 50;
    private static final Taxonomy DELIVERY_TAXONOMY = new Taxonomy(Delivery.TAXONOMY_ID, "Lantern delivery",
            "How a service reaches a person: home visit, telephone, group at a venue or online.", null);

    /** The taxonomy of Lantern's access attributes, such as {@code transport_offered}. */
    static final String ACCESS_TAXONOMY_ID = "lantern-access";

    private final ServiceIndex index;
    private final ServiceSearch search;
    /** Said on every answer that shows the shipped sample directory. */
    public static final String SAMPLE_NOTE = "Sample data shipped with Lantern for trying it out: not a council's"
            + " directory, not assured, and not to be relied on. An admin replaces it with a real import.";

    private final Gazetteer gazetteer;
    private final boolean sample;

    /**
     * @param sample true when the directory is the sample shipped with Lantern, so every answer
     *               says so
     */
    public OrukReadApi(ServiceIndex index, ServiceSearch search, Gazetteer gazetteer, boolean sample) {
        this.index = index;
        this.search = search;
        this.gazetteer = gazetteer;
        this.sample = sample;
    }

    /** {@code GET /}: what this API is. */
    public ObjectNode root() {
        ObjectNode n = HsdsServiceWriter.JSON.createObjectNode();
        n.put("version", "3.0");
        n.put("profile", "https://openreferraluk.org");
        n.put("openapi_url", "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
        if (sample) {
            n.put("sample_data", true);
            n.put("sample_note", SAMPLE_NOTE);
        }
        return n;
    }

    /**
     * {@code GET /services}: every filter applied, inactive services included with their status.
     * {@code total_items} is exact, however many services match.
     */
    public ObjectNode services(OrukServicesParams p) {
        ServiceQuery query = query(p).includeInactive(true).build();
        SearchResults results = search.search(query);
        long total = results.totalHits() < ServiceSearch.EXACT_COUNT_LIMIT ? results.totalHits() : search.count(query);
        return page(total, results.page(), results.pageSize(),
                results.hits().stream().map(h -> (tools.jackson.databind.JsonNode) HsdsServiceWriter.asSent(h.service())).toList());
    }

    /** {@code GET /services/{id}}. */
    public Optional<ObjectNode> service(String id) {
        return index.find(id).map(HsdsServiceWriter::asSent);
    }

    /**
     * {@code GET /service_at_locations}: the places of the active services that match, in search
     * order, paged by place; {@code total_items} counts places. With {@code postcode}, only places
     * within {@code proximity} metres (default 10 km) of it, each with its {@code distance} in metres.
     */
    public ObjectNode serviceAtLocations(OrukServicesParams p) {
        ServiceQuery query = query(p).includeInactive(false).build();
        int size = perPage(p.perPage());
        int number = p.page() == null || p.page() < 1 ? 1 : p.page();
        PlacesPage places = search.places(query, number, size);
        List<tools.jackson.databind.JsonNode> contents = new ArrayList<>();
        for (PlacesPage.Slice slice : places.slices()) {
            ObjectNode full = HsdsServiceWriter.asSent(slice.service());
            for (int i = slice.first(); i < slice.first() + slice.count(); i++) {
                contents.add(serviceAtLocation(slice.service(), full, i, query.near()));
            }
        }
        return page(places.totalPlaces(), number, size, contents);
    }

    /** The search for a request's filters; a postcode must already be known to be placeable. */
    private ServiceQuery.Builder query(OrukServicesParams p) {
        ServiceQuery.Builder q = base(p.page(), p.perPage()).text(p.search());
        GeoPoint near = null;
        if (p.postcode() != null && gazetteer.lookup(p.postcode()) instanceof PlaceLookup.Found found) {
            near = found.point();
            q.near(near);
            q.radiusKm(p.proximity() == null ? ServiceQuery.DEFAULT_RADIUS_KM : p.proximity() / 1000.0);
        }
        if (p.day() != null) {
            q.day(Schedule.dayFromCode(p.day()).orElse(null));
        }
        q.standard(new StandardFilters(p.taxonomyTermId() == null ? Set.of() : Set.of(p.taxonomyTermId()),
                p.taxonomyId(), p.organizationId(), p.modifiedAfter(), p.startTime(), p.endTime(), p.minimumAge(),
                p.maximumAge(), near, near == null ? null
                        : p.proximity() == null ? ServiceQuery.DEFAULT_RADIUS_KM * 1000 : p.proximity().doubleValue()));
        return q;
    }

    /** {@code GET /service_at_locations/{id}}: one place of one service, with the service's summary. */
    public Optional<ObjectNode> serviceAtLocation(String id) {
        return index.findByServiceAtLocation(id).map(s -> {
            ObjectNode full = HsdsServiceWriter.asSent(s);
            for (int i = 0; i < s.serviceAtLocations().size(); i++) {
                if (id.equals(s.serviceAtLocations().get(i).id())) {
                    return serviceAtLocation(s, full, i, null);
                }
            }
            throw new IllegalStateException("Index and service disagree on service_at_location " + id);
        });
    }

    /** One place of {@code s}, with the service's summary and, when {@code near} is given, its distance in metres. */
    private static ObjectNode serviceAtLocation(Service s, ObjectNode full, int i, GeoPoint near) {
        ServiceAtLocation sal = s.serviceAtLocations().get(i);
        ObjectNode o = ((ObjectNode) full.get("service_at_locations").get(i)).deepCopy();
        ObjectNode summary = o.putObject("service");
        summary.put("id", s.id());
        summary.put("name", s.name());
        if (s.description() != null) {
            summary.put("description", s.description());
        }
        summary.put("status", s.status().code());
        if (sal.location() != null && sal.location().point() != null && near != null) {
            o.put("distance", Math.round(near.distanceKm(sal.location().point()) * 1000));
        }
        return o;
    }

    /**
     * {@code GET /taxonomies}: Lantern's needs and delivery taxonomies, then every other taxonomy
     * the services' terms belong to (a council's own, Lantern's eligibility and access), by id.
     */
    public ObjectNode taxonomies() {
        List<tools.jackson.databind.JsonNode> all = new ArrayList<>();
        all.add(taxonomy(NeedsTaxonomy.TAXONOMY));
        all.add(taxonomy(DELIVERY_TAXONOMY));
        otherTaxonomyIds().forEach(id -> all.add(taxonomy(otherTaxonomy(id))));
        return page(all.size(), 1, Math.max(1, all.size()), all);
    }

    /** {@code GET /taxonomies/{id}}. */
    public Optional<ObjectNode> taxonomy(String id) {
        if (NeedsTaxonomy.TAXONOMY_ID.equals(id)) {
            return Optional.of(taxonomy(NeedsTaxonomy.TAXONOMY));
        }
        if (Delivery.TAXONOMY_ID.equals(id)) {
            return Optional.of(taxonomy(DELIVERY_TAXONOMY));
        }
        return otherTaxonomyIds().contains(id) ? Optional.of(taxonomy(otherTaxonomy(id))) : Optional.empty();
    }

    /**
     * {@code GET /taxonomy_terms}, optionally for one taxonomy: Lantern's needs and delivery terms,
     * then the other terms the services carry, ordered by taxonomy and id.
     */
    public ObjectNode taxonomyTerms(String taxonomyId, Integer page, Integer perPage) {
        List<TaxonomyTerm> terms = new ArrayList<>();
        if (taxonomyId == null || NeedsTaxonomy.TAXONOMY_ID.equals(taxonomyId)) {
            terms.addAll(NeedsTaxonomy.terms());
        }
        if (taxonomyId == null || Delivery.TAXONOMY_ID.equals(taxonomyId)) {
            for (Delivery d : Delivery.values()) {
                terms.add(d.term());
            }
        }
        index.otherTaxonomyTerms().stream().filter(t -> taxonomyId == null || taxonomyId.equals(t.taxonomyId()))
                .forEach(terms::add);
        int size = perPage(perPage);
        int number = page == null || page < 1 ? 1 : page;
        int from = Math.min(terms.size(), (number - 1) * size);
        int to = Math.min(terms.size(), from + size);
        return page(terms.size(), number, size, terms.subList(from, to).stream()
                .map(t -> (tools.jackson.databind.JsonNode) HsdsServiceWriter.term(t)).toList());
    }

    /**
     * {@code GET /taxonomy_terms/{id}}: a need or delivery term, else the first other term with
     * this id (ids are unique within a taxonomy; two taxonomies sharing an id is rare).
     */
    public Optional<ObjectNode> taxonomyTerm(String id) {
        Optional<TaxonomyTerm> need = NeedsTaxonomy.term(id);
        if (need.isPresent()) {
            return need.map(HsdsServiceWriter::term);
        }
        Optional<TaxonomyTerm> delivery = Delivery.parse(id).filter(d -> d.id().equals(id)).map(Delivery::term);
        if (delivery.isPresent()) {
            return delivery.map(HsdsServiceWriter::term);
        }
        return index.otherTaxonomyTerms().stream().filter(t -> id.equals(t.id())).findFirst()
                .map(HsdsServiceWriter::term);
    }

    private Set<String> otherTaxonomyIds() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        index.otherTaxonomyTerms().forEach(t -> ids.add(t.taxonomyId()));
        return ids;
    }

    /**
     * An HSDS taxonomy for an id the services' terms carry. Imported records name the taxonomy
     * but Lantern keeps no description of a council's own, so the description says where it is from.
     */
    private static Taxonomy otherTaxonomy(String id) {
        return switch (id) {
            case uk.lantern.directory.signpost.Eligibility.TAXONOMY_ID -> new Taxonomy(id, "Lantern eligibility",
                    "Who a service is only for: men, women, carers, bereaved people, people with sight or hearing"
                            + " loss; or everyone, as recorded at import.", null);
            case ACCESS_TAXONOMY_ID -> new Taxonomy(id, "Lantern access",
                    "What helps a person reach a service, such as transport offered.", null);
            default -> new Taxonomy(id, id, "A taxonomy the directory's imported services use, listed as they"
                    + " carry it.", null);
        };
    }

    private static ServiceQuery.Builder base(Integer page, Integer perPage) {
        return ServiceQuery.builder().page(page == null || page < 1 ? 1 : page).pageSize(perPage(perPage))
                .includeInactive(true);
    }

    private static int perPage(Integer perPage) {
        return perPage == null || perPage < 1 ? DEFAULT_PER_PAGE : Math.min(perPage, ServiceQuery.MAX_PAGE_SIZE);
    }

    private static ObjectNode taxonomy(Taxonomy t) {
        ObjectNode n = HsdsServiceWriter.JSON.createObjectNode();
        n.put("id", t.id());
        n.put("name", t.name());
        n.put("description", t.description());
        if (t.uri() != null) {
            n.put("uri", t.uri());
        }
        return n;
    }

    /**
     * An ORUK page. {@code size} is the number of items on this page, as the standard defines it,
     * not the {@code per_page} asked for; {@code total_pages} is counted with {@code perPage}.
     * The shipped sample directory is labelled {@code sample_data} on every page.
     */
    private ObjectNode page(long total, int number, int perPage, List<tools.jackson.databind.JsonNode> contents) {
        ObjectNode n = HsdsServiceWriter.JSON.createObjectNode();
        long pages = Math.max(1, (total + perPage - 1) / perPage);
        n.put("total_items", total);
        n.put("total_pages", pages);
        n.put("page_number", number);
        n.put("size", contents.size());
        n.put("first_page", number == 1);
        n.put("last_page", number >= pages);
        n.put("empty", contents.isEmpty());
        if (sample) {
            n.put("sample_data", true);
            n.put("sample_note", SAMPLE_NOTE);
        }
        ArrayNode array = n.putArray("contents");
        contents.forEach(array::add);
        return n;
    }
}
