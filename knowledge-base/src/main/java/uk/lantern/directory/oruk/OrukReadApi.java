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

    private final ServiceIndex index;
    private final ServiceSearch search;
    private final Gazetteer gazetteer;

    public OrukReadApi(ServiceIndex index, ServiceSearch search, Gazetteer gazetteer) {
        this.index = index;
        this.search = search;
        this.gazetteer = gazetteer;
    }

    /** {@code GET /}: what this API is. */
    public ObjectNode root() {
        ObjectNode n = HsdsServiceWriter.JSON.createObjectNode();
        n.put("version", "3.0");
        n.put("profile", "https://openreferraluk.org");
        n.put("openapi_url", "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
        return n;
    }

    /** {@code GET /services}. */
    public ObjectNode services(OrukServicesParams p) {
        ServiceQuery.Builder q = base(p.page(), p.perPage()).text(p.search());
        if (p.taxonomyTermId() != null) {
            q.need(p.taxonomyTermId());
        }
        if (p.taxonomyId() != null && !NeedsTaxonomy.TAXONOMY_ID.equals(p.taxonomyId())
                && !Delivery.TAXONOMY_ID.equals(p.taxonomyId())) {
            q.need("\u0000no-such-term"); // a taxonomy we do not use matches nothing
        }
        Integer age = p.minimumAge() != null ? p.minimumAge() : p.maximumAge();
        q.age(age);
        if (p.day() != null) {
            q.day(Schedule.dayFromCode(p.day()).orElse(null));
        }
        SearchResults results = search.search(q.build());
        return page(results.totalHits(), results.page(), results.pageSize(),
                results.hits().stream().map(h -> (tools.jackson.databind.JsonNode) HsdsServiceWriter.write(h.service())).toList());
    }

    /** {@code GET /services/{id}}. */
    public Optional<ObjectNode> service(String id) {
        return index.find(id).map(HsdsServiceWriter::write);
    }

    /**
     * {@code GET /service_at_locations?postcode=&proximity=}: the places of services near a
     * postcode ({@code proximity} in metres, default 10 km). Pages count services; each service
     * contributes all its places. An unknown postcode lists places across the whole area.
     */
    public ObjectNode serviceAtLocations(String postcode, Integer proximityMetres, Integer page, Integer perPage) {
        ServiceQuery.Builder q = base(page, perPage).includeInactive(false);
        if (postcode != null && gazetteer.lookup(postcode) instanceof PlaceLookup.Found found) {
            q.near(found.point());
            if (proximityMetres != null && proximityMetres > 0) {
                q.radiusKm(proximityMetres / 1000.0);
            }
        }
        SearchResults results = search.search(q.build());
        List<tools.jackson.databind.JsonNode> contents = new ArrayList<>();
        for (ServiceHit hit : results.hits()) {
            Service s = hit.service();
            ObjectNode full = HsdsServiceWriter.write(s);
            for (int i = 0; i < s.serviceAtLocations().size(); i++) {
                contents.add(serviceAtLocation(s, full, i, hit.distanceKm()));
            }
        }
        return page(results.totalHits(), results.page(), results.pageSize(), contents);
    }

    /** {@code GET /service_at_locations/{id}}: one place of one service, with the service's summary. */
    public Optional<ObjectNode> serviceAtLocation(String id) {
        return index.findByServiceAtLocation(id).map(s -> {
            ObjectNode full = HsdsServiceWriter.write(s);
            for (int i = 0; i < s.serviceAtLocations().size(); i++) {
                if (id.equals(s.serviceAtLocations().get(i).id())) {
                    return serviceAtLocation(s, full, i, null);
                }
            }
            throw new IllegalStateException("Index and service disagree on service_at_location " + id);
        });
    }

    private static ObjectNode serviceAtLocation(Service s, ObjectNode full, int i, Double distanceKm) {
        ServiceAtLocation sal = s.serviceAtLocations().get(i);
        ObjectNode o = ((ObjectNode) full.get("service_at_locations").get(i)).deepCopy();
        ObjectNode summary = o.putObject("service");
        summary.put("id", s.id());
        summary.put("name", s.name());
        if (s.description() != null) {
            summary.put("description", s.description());
        }
        summary.put("status", s.status().code());
        if (sal.location() != null && sal.location().point() != null && distanceKm != null) {
            o.put("distance", Math.round(distanceKm * 1000));
        }
        return o;
    }

    /** {@code GET /taxonomies}. */
    public ObjectNode taxonomies() {
        return page(2, 1, 2, List.of(taxonomy(NeedsTaxonomy.TAXONOMY), taxonomy(DELIVERY_TAXONOMY)));
    }

    /** {@code GET /taxonomies/{id}}. */
    public Optional<ObjectNode> taxonomy(String id) {
        if (NeedsTaxonomy.TAXONOMY_ID.equals(id)) {
            return Optional.of(taxonomy(NeedsTaxonomy.TAXONOMY));
        }
        return Delivery.TAXONOMY_ID.equals(id) ? Optional.of(taxonomy(DELIVERY_TAXONOMY)) : Optional.empty();
    }

    /** {@code GET /taxonomy_terms}, optionally for one taxonomy. */
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
        int size = perPage == null || perPage < 1 ? DEFAULT_PER_PAGE : Math.min(perPage, ServiceQuery.MAX_PAGE_SIZE);
        int number = page == null || page < 1 ? 1 : page;
        int from = Math.min(terms.size(), (number - 1) * size);
        int to = Math.min(terms.size(), from + size);
        return page(terms.size(), number, size, terms.subList(from, to).stream()
                .map(t -> (tools.jackson.databind.JsonNode) HsdsServiceWriter.term(t)).toList());
    }

    /** {@code GET /taxonomy_terms/{id}}. */
    public Optional<ObjectNode> taxonomyTerm(String id) {
        Optional<TaxonomyTerm> need = NeedsTaxonomy.term(id);
        if (need.isPresent()) {
            return need.map(HsdsServiceWriter::term);
        }
        return Delivery.parse(id).filter(d -> d.id().equals(id)).map(Delivery::term).map(HsdsServiceWriter::term);
    }

    private static ServiceQuery.Builder base(Integer page, Integer perPage) {
        int size = perPage == null || perPage < 1 ? DEFAULT_PER_PAGE : Math.min(perPage, ServiceQuery.MAX_PAGE_SIZE);
        return ServiceQuery.builder().page(page == null || page < 1 ? 1 : page).pageSize(size).includeInactive(true);
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

    private static ObjectNode page(long total, int number, int size, List<tools.jackson.databind.JsonNode> contents) {
        ObjectNode n = HsdsServiceWriter.JSON.createObjectNode();
        long pages = Math.max(1, (total + size - 1) / size);
        n.put("total_items", total);
        n.put("total_pages", pages);
        n.put("page_number", number);
        n.put("size", size);
        n.put("first_page", number == 1);
        n.put("last_page", number >= pages);
        n.put("empty", contents.isEmpty());
        ArrayNode array = n.putArray("contents");
        contents.forEach(array::add);
        return n;
    }
}
