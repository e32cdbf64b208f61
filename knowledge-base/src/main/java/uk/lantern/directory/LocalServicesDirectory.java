package uk.lantern.directory;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.importer.DirectoryImporter;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.oruk.OrukReadApi;
import uk.lantern.directory.search.ServiceIndex;
import uk.lantern.directory.search.ServiceQuery;
import uk.lantern.directory.search.ServiceSearch;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * The directory as the application uses it: an on-disk index, the search over it, postcode
 * lookup, imports and the ORUK read views. Thread-safe; open one per application and close it
 * on shutdown.
 */
public final class LocalServicesDirectory implements Closeable {
    private final ServiceIndex index;
    private final ServiceSearch search;
    private final Gazetteer gazetteer;

    private LocalServicesDirectory(ServiceIndex index, Gazetteer gazetteer) {
        this.index = index;
        this.search = new ServiceSearch(index);
        this.gazetteer = gazetteer;
    }

    /** Opens the index in {@code indexDir}, building it from the shipped sample directory when needed. */
    public static LocalServicesDirectory open(Path indexDir) {
        return open(indexDir, ShippedDirectory::services, Gazetteer.shipped());
    }

    /** Opens with another source of truth for rebuilds and another postcode table. */
    public static LocalServicesDirectory open(Path indexDir, Supplier<? extends Collection<Service>> source,
                                              Gazetteer gazetteer) {
        return new LocalServicesDirectory(ServiceIndex.open(indexDir, source), gazetteer);
    }

    /** The search behind {@code GET /api/services}. */
    public DirectoryAnswer find(DirectoryRequest request) {
        PlaceLookup place = gazetteer.lookup(request.postcode());
        ServiceQuery.Builder q = ServiceQuery.builder()
                .text(request.text())
                .needs(request.needs())
                .boostNeeds(request.boostNeeds())
                .age(request.age())
                .day(request.day())
                .freeOnly(request.freeOnly())
                .cannotTravel(request.cannotTravel())
                .page(Math.max(1, request.page()))
                .pageSize(Math.clamp(request.pageSize(), 1, ServiceQuery.MAX_PAGE_SIZE))
                .withFacets(true);
        if (request.radiusKm() != null && request.radiusKm() > 0) {
            q.radiusKm(request.radiusKm());
        }
        if (place instanceof PlaceLookup.Found found) {
            q.near(found.point());
        }
        return new DirectoryAnswer(place, search.search(q.build()));
    }

    public Optional<Service> service(String id) {
        return index.find(id);
    }

    /** Autocomplete for the search box. */
    public List<String> complete(String prefix, int max) {
        return search.complete(prefix, max);
    }

    /** Adds or changes one service; searchable when this returns. */
    public void save(Service service) {
        index.upsert(service);
    }

    public boolean remove(String serviceId) {
        return index.remove(serviceId);
    }

    /**
     * Imports a file or folder and, if it yielded any services, makes them the whole directory in
     * one step. A file that yields none leaves the directory as it was.
     */
    public ImportReport importFrom(Path path) {
        ImportReport report = new DirectoryImporter(gazetteer).read(path);
        if (!report.services().isEmpty()) {
            index.replaceAll(report.services());
        }
        return report;
    }

    /** The need terms services are tagged with, for checking against the needs the rules raise. */
    public Set<String> needTermIds() {
        return NeedsTaxonomy.termIds();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public ServiceSearch search() {
        return search;
    }

    public ServiceIndex index() {
        return index;
    }

    /** JSON views for the Open Referral UK read API. */
    public OrukReadApi oruk() {
        return new OrukReadApi(index, search, gazetteer);
    }

    @Override
    public void close() {
        index.close();
    }
}
