package uk.lantern.directory;

import java.io.Closeable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.importer.DirectoryImporter;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.oruk.OrukReadApi;
import uk.lantern.directory.search.ServiceIndex;
import uk.lantern.directory.search.ServiceQuery;
import uk.lantern.directory.search.ServiceSearch;
import uk.lantern.directory.signpost.Person;
import uk.lantern.directory.signpost.Signposting;
import uk.lantern.directory.signpost.Signposts;
import uk.lantern.directory.store.DirectoryStore;
import uk.lantern.directory.store.ImportRecord;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * The directory as the application uses it: the services in the database (the source of truth,
 * {@link DirectoryStore}), the on-disk search index derived from them, the search, postcode
 * lookup, imports and the ORUK read views. Thread-safe; open one per application and close it
 * on shutdown.
 *
 * <p>Every change is written to the database first and then to the index. If the index cannot
 * follow (a full disk, a crash between the two), it is behind the database's revision and is
 * rebuilt from the database the next time the directory is opened.
 */
public final class LocalServicesDirectory implements Closeable {
    private final DirectoryStore store;
    private final ServiceIndex index;
    private final ServiceSearch search;
    private final Gazetteer gazetteer;
    private final Signposting signposting;

    private LocalServicesDirectory(DirectoryStore store, ServiceIndex index, Gazetteer gazetteer) {
        this.store = store;
        this.index = index;
        this.search = new ServiceSearch(index);
        this.gazetteer = gazetteer;
        this.signposting = new Signposting(search, gazetteer);
    }

    /**
     * Opens the directory kept in {@code store}, with its index in {@code indexDir}. A database
     * that has never held a directory gets the shipped sample, recorded as sample data; a
     * database that has held one never does, even when it is empty now. The index is rebuilt from
     * the database when it is missing, damaged or behind.
     */
    public static LocalServicesDirectory open(Path indexDir, DirectoryStore store, Gazetteer gazetteer) {
        if (store.isUnused()) {
            List<Service> sample = ShippedDirectory.services();
            store.replaceAll(sample.stream().map(DirectoryStore.Row::of).toList(), new ImportRecord(Instant.now(),
                    ImportRecord.SAMPLE, ShippedDirectory.RESOURCE, sample.size(), 0, 0, 0, 0, ImportRecord.APPLIED,
                    "The sample directory shipped with Lantern, dated " + ShippedDirectory.SAMPLE_DATE
                            + ". Replace it with a real import."));
        }
        ServiceIndex index = ServiceIndex.open(indexDir, store::services, store.revision());
        return new LocalServicesDirectory(store, index, gazetteer);
    }

    /** Opens with the shipped gazetteer. */
    public static LocalServicesDirectory open(Path indexDir, DirectoryStore store) {
        return open(indexDir, store, Gazetteer.shipped());
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

    /**
     * The services to suggest to one person, best first, each with its plain-words reason: what
     * the chat's closing message, the doorstep result, the leaflet and {@code POST /api/signposts}
     * all offer. See {@link Signposting} for the rules and their order.
     *
     * @param max 1 to 100
     */
    public Signposts signposts(Person person, int max) {
        return signposting.suggest(person, max);
    }

    public Optional<Service> service(String id) {
        return index.find(id);
    }

    /** Autocomplete for the search box. */
    public List<String> complete(String prefix, int max) {
        return search.complete(prefix, max);
    }

    /** Adds or changes one service, in the database and then the index; searchable when this returns. */
    public synchronized void save(Service service) {
        DirectoryStore.Row row = DirectoryStore.Row.of(service);
        long revision = store.upsert(row);
        index.upsert(service, revision);
    }

    /** Removes one service; false when there was none with this id. */
    public synchronized boolean remove(String serviceId) {
        var revision = store.remove(serviceId);
        if (revision.isEmpty()) {
            return false;
        }
        index.remove(serviceId, revision.getAsLong());
        return true;
    }

    /**
     * Makes {@code services} the whole directory in one step, in the database and then the index,
     * and records it in the history.
     *
     * @param kind     {@link ImportRecord#IMPORT} or {@link ImportRecord#HARVEST}
     * @param source   a file name or feed address, for the history
     * @param problems problems reported while reading, for the history
     * @return the history entry, with how many services were added, changed and removed
     */
    public synchronized ImportRecord replaceAll(List<Service> services, String kind, String source, int problems) {
        List<DirectoryStore.Row> rows = services.stream().map(DirectoryStore.Row::of).toList();
        String summary = "Replaced the directory with " + services.size() + " service"
                + (services.size() == 1 ? "" : "s") + " from " + source + " with " + problems + " problem"
                + (problems == 1 ? "" : "s") + ".";
        DirectoryStore.Replacement done = store.replaceAll(rows, new ImportRecord(Instant.now(), kind, source,
                services.size(), 0, 0, 0, problems, ImportRecord.APPLIED, summary));
        index.replaceAll(services, done.revision());
        return done.record();
    }

    /**
     * Imports a file or folder and, if it yielded any services, makes them the whole directory in
     * one step. A file that yields none leaves the directory as it was.
     */
    public ImportReport importFrom(Path path) {
        ImportReport report = new DirectoryImporter(gazetteer).read(path);
        if (!report.services().isEmpty()) {
            replaceAll(report.services(), ImportRecord.IMPORT, String.valueOf(path.getFileName()),
                    report.problems().size());
        }
        return report;
    }

    /** The database behind the directory: revision, history and stored records. */
    public DirectoryStore store() {
        return store;
    }

    /**
     * True when the directory holds the sample shipped with Lantern rather than a council's or
     * provider's data, so pages and the API can label it as sample data.
     */
    public boolean isSample() {
        return store.lastApplied().map(r -> ImportRecord.SAMPLE.equals(r.kind())).orElse(false);
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
