package uk.lantern.directory;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.importer.DirectoryImporter;
import uk.lantern.directory.importer.ImportProblem;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.oruk.OrukReadApi;
import uk.lantern.directory.search.ServiceIndex;
import uk.lantern.directory.search.NeedWords;
import uk.lantern.directory.search.ServiceQuery;
import uk.lantern.directory.search.ServiceSearch;
import uk.lantern.directory.signpost.Person;
import uk.lantern.directory.signpost.Signposting;
import uk.lantern.directory.signpost.Signposts;
import uk.lantern.directory.store.DirectoryStore;
import uk.lantern.directory.store.ImportRecord;
import uk.lantern.directory.taxonomy.NeedsTaxonomy;
import uk.lantern.directory.taxonomy.TaxonomyMapping;

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
    /** Council terms to needs; applied to every service on its way into the index, never to the stored record. */
    private volatile TaxonomyMapping mapping;
    private final Signposting signposting;
    /** The database revision the index reflects; behind it, {@link #catchUp()} rebuilds. */
    private volatile long indexedRevision;

    private LocalServicesDirectory(DirectoryStore store, ServiceIndex index, Gazetteer gazetteer,
                                   TaxonomyMapping mapping, long indexedRevision) {
        this.store = store;
        this.indexedRevision = indexedRevision;
        this.index = index;
        this.search = new ServiceSearch(index);
        this.gazetteer = gazetteer;
        this.mapping = mapping;
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
                    ImportRecord.SAMPLE, ShippedDirectory.RESOURCE, sample.size(), 0, 0, 0, 0, 0, ImportRecord.APPLIED,
                    "The sample directory shipped with Lantern, dated " + ShippedDirectory.SAMPLE_DATE
                            + ". Replace it with a real import."));
        }
        TaxonomyMapping mapping = store.taxonomyMapping().map(m -> TaxonomyMapping.parse(m.csv()))
                .orElseGet(TaxonomyMapping::shipped);
        long revision = store.revision();
        ServiceIndex index = ServiceIndex.open(indexDir, () -> mapped(store.services(), mapping), revision);
        return new LocalServicesDirectory(store, index, gazetteer, mapping, revision);
    }

    /** Opens with the shipped gazetteer. */
    public static LocalServicesDirectory open(Path indexDir, DirectoryStore store) {
        return open(indexDir, store, Gazetteer.shipped());
    }

    /**
     * The search behind {@code GET /api/services}: {@link #find}, then for a place given but not known
     * the signposting place rule ({@link Signposting#coverageWhereNotKnown}) in the index query, so only
     * services by phone or online across the nation match, never every local venue. A known place or
     * none searches as {@link #find} does.
     */
    public DirectoryAnswer findWhereItWorks(DirectoryRequest request) {
        return find(request, true);
    }

    /**
     * The directory's search ranking near the place, with no place rule for a place not known (the
     * whole directory is searched): what the chat filters with {@link #worksAt} and what the relevance
     * harness compares with its full-text baseline.
     */
    public DirectoryAnswer find(DirectoryRequest request) {
        return find(request, false);
    }

    /**
     * When only free services are asked for and none match, the answer holds the matches that charge
     * instead, with {@link DirectoryAnswer#noneFree} set, so a person looking for something free
     * learns what there is and that it charges rather than hearing "nothing".
     */
    private DirectoryAnswer find(DirectoryRequest request, boolean placeRule) {
        DirectoryAnswer answer = findAsAsked(request, placeRule);
        if (!request.freeOnly() || answer.results().totalHits() > 0) {
            return answer;
        }
        DirectoryAnswer paid = findAsAsked(request.withoutFreeFilter(), placeRule);
        return paid.results().totalHits() > 0 ? new DirectoryAnswer(paid.place(), paid.results(), true) : answer;
    }

    private DirectoryAnswer findAsAsked(DirectoryRequest request, boolean placeRule) {
        PlaceLookup place = gazetteer.lookup(request.postcode());
        // words that name a need outright ("deaf club") keep the search to that need's services, or, when they ask
        // for another kind of help too ("going deaf, can someone visit her"), put that need's services first; a
        // request that names its needs itself keeps them (round 16: before, only the chat narrowed Deaf requests,
        // and the search API brought lunch clubs for "deaf club")
        Set<String> named = request.needs().isEmpty() ? NeedWords.CURATED.needsNamedBy(request.text()) : Set.of();
        boolean only = !named.isEmpty() && !NeedWords.CURATED.asksForMoreThanTheNeed(request.text());
        Set<String> boost = new java.util.LinkedHashSet<>(request.boostNeeds());
        if (!only) {
            boost.addAll(named);
        }
        ServiceQuery.Builder q = ServiceQuery.builder()
                .text(request.text())
                .needs(only ? named : request.needs())
                .boostNeeds(boost)
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
        } else if (placeRule) {
            // a place given but not known never widens to every local venue: the signposting place rule
            q.coverage(signposting.coverageWhereNotKnown(request.postcode()));
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

    /**
     * Whether a service works where the person is, by the signposting's place rule
     * ({@link Signposting#worksAt}): for searches, so a place not given or not known never brings
     * far-away venues.
     *
     * @param place what the person gave; null or blank for none
     */
    public Predicate<Service> worksAt(String place) {
        return signposting.worksAt(place);
    }

    /**
     * True of a service whose words limit it to towns other than the known place's ({@link Signposting#forOtherTowns}):
     * for searches, which rank such services after those that serve the person; false of all when the place is not
     * given or not known.
     */
    public Predicate<Service> forOtherTowns(String place) {
        return signposting.forOtherTowns(place);
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
        index.upsert(mapping.apply(row.service()), revision, row.json().getBytes(StandardCharsets.UTF_8));
        indexedRevision = revision;
    }

    /** Removes one service; false when there was none with this id. */
    public synchronized boolean remove(String serviceId) {
        var revision = store.remove(serviceId);
        if (revision.isEmpty()) {
            return false;
        }
        index.remove(serviceId, revision.getAsLong());
        indexedRevision = revision.getAsLong();
        return true;
    }

    /**
     * Makes {@code services} the whole directory in one step, in the database and then the index,
     * and records it in the history.
     *
     * @param kind     {@link ImportRecord#IMPORT} or {@link ImportRecord#HARVEST}
     * @param source   a file name or feed address, for the history
     * @param problems problems (not warnings) reported while reading, for the history
     * @return the history entry, with how many services were added, changed and removed
     */
    public synchronized ImportRecord replaceAll(List<Service> services, String kind, String source, int problems) {
        return replaceAll(services, kind, source, problems, 0, List.of(), Instant.now());
    }

    private synchronized ImportRecord replaceAll(List<Service> services, String kind, String source, int problems,
                                                 int warnings, List<ImportProblem> problemList, Instant at) {
        // Writing each record's JSON and its SHA-256 is most of the work before the database: both cores.
        List<DirectoryStore.Row> rows = services.parallelStream().map(DirectoryStore.Row::of).toList();
        String summary = "Replaced the directory with " + services.size() + " service"
                + (services.size() == 1 ? "" : "s") + " from " + source + " with "
                + ImportRecord.counted(problems, warnings) + ".";
        DirectoryStore.Replacement done = store.replaceAll(rows, new ImportRecord(at, kind, source,
                services.size(), 0, 0, 0, problems, warnings, ImportRecord.APPLIED, summary), problemList);
        // Each service goes into the index with the record as sent, the JSON just written for its row;
        // what Lantern read into it (mapped needs, groups from its words) the index keeps beside it.
        Map<Service, DirectoryStore.Row> byService = new IdentityHashMap<>(rows.size());
        List<Service> indexed = new ArrayList<>(rows.size());
        for (DirectoryStore.Row row : rows) {
            Service service = mapping.apply(row.service());
            indexed.add(service);
            byService.put(service, row);
        }
        index.replaceAll(indexed, done.revision(), s -> {
            DirectoryStore.Row row = byService.get(s);
            return row == null ? null : row.json().getBytes(StandardCharsets.UTF_8);
        });
        indexedRevision = done.revision();
        return done.record();
    }

    /**
     * Offers an import or harvest to the directory's guards and applies it when they allow:
     * nothing usable, or any problem (not a warning) without {@code partial}, is rejected; a replacement that
     * would remove more than {@code maxRemovalShare} of the services (other than the shipped
     * sample) waits for {@code confirm}; {@code check} only reads. An applied replacement is one
     * step in the database and then the index. Rejections and refusals are kept in the history
     * with their problems, so admins see every attempt.
     *
     * @param kind            {@link ImportRecord#IMPORT} or {@link ImportRecord#HARVEST}
     * @param startedAt       when the import or harvest started, the time its history entry carries
     * @param maxRemovalShare the largest share of services (0 to 1) removed without confirmation
     */
    public synchronized ImportOutcome replace(ImportReport report, String kind, ImportOptions options,
                                              double maxRemovalShare, Instant startedAt) {
        String source = report.source();
        int faults = report.faults().size(); // warnings never refuse an import
        int warnings = (int) report.warnings();
        if (report.services().isEmpty() || (faults > 0 && !options.partial())) {
            if (!options.check()) {
                store.recordAttempt(new ImportRecord(startedAt, kind, source, report.services().size(), 0, 0, 0,
                        faults, warnings, ImportRecord.REFUSED, report.services().isEmpty()
                                ? "Nothing could be imported; the directory is unchanged."
                                : faults + " problem" + (faults == 1 ? "" : "s")
                                        + " found, so nothing was imported and the directory is unchanged."),
                        report.problems());
            }
            return new ImportOutcome.Rejected(report);
        }
        if (options.check()) {
            return new ImportOutcome.Checked(report.services().size());
        }
        if (!options.confirm() && !isSample()) {
            Set<String> current = store.ids();
            Set<String> kept = new java.util.HashSet<>();
            report.services().forEach(s -> kept.add(s.id()));
            long removed = current.stream().filter(id -> !kept.contains(id)).count();
            if (!current.isEmpty() && removed > maxRemovalShare * current.size()) {
                List<String> examples = current.stream().filter(id -> !kept.contains(id)).sorted()
                        .limit(ImportOutcome.TooManyRemovals.EXAMPLES)
                        .map(id -> removalName(id)).toList();
                ImportOutcome.TooManyRemovals named = new ImportOutcome.TooManyRemovals(removed, current.size(),
                        maxRemovalShare, examples, 0);
                // Nothing is removed until an admin confirms; the entry names the first services that would go
                // and how to confirm (round 15), and counts what confirming would add, change and remove, beside
                // its outcome "waiting to confirm" (round 16: it counted 0, 0 and 0).
                ImportRecord waiting = store.wouldBe(report.services().parallelStream().map(DirectoryStore.Row::of)
                        .toList(), new ImportRecord(startedAt, kind, source, report.services().size(),
                        0, 0, 0, faults, warnings, ImportRecord.WAITING, "Waiting to confirm: it would remove "
                                + removed + " of the " + current.size() + " services, more than " + named.percent()
                                + "%: " + named.named() + ". Nothing is removed until an admin confirms; the"
                                + " directory is unchanged. " + howToConfirm(kind, named.percent())));
                long entry = store.recordAttempt(waiting, report.problems());
                return new ImportOutcome.TooManyRemovals(removed, current.size(), maxRemovalShare, examples, entry);
            }
        }
        ImportRecord applied = replaceAll(report.services(), kind, source, faults, warnings, report.problems(),
                startedAt);
        if (options.confirm()) {
            // The entries that waited for this confirmation stop waiting (round 15).
            store.closeWaiting(kind, source, ImportRecord.CONFIRMED, startedAt);
        }
        return new ImportOutcome.Applied(applied);
    }

    /** The longest "Name (id)" a refusal names a service by; the history keeps 20 of them. */
    private static final int REMOVAL_NAME = 120;

    private String removalName(String id) {
        String name = service(id).map(s -> s.name() + " (" + id + ")").orElse(id);
        return name.length() <= REMOVAL_NAME ? name : name.substring(0, REMOVAL_NAME - 1) + "…";
    }

    /** How an admin applies a replacement the removal guard holds, by the way it came. */
    public static String howToConfirm(String kind, long percent) {
        return ImportRecord.HARVEST.equals(kind)
                ? "To apply it, an admin ticks \"Apply it even if it removes more than " + percent
                        + "% of the services\" and presses \"Harvest now\" on the admin directory page"
                        + " (/admin/local-services)."
                : "To apply it, confirm it on the admin directory page (/admin/local-services) while the upload"
                        + " is held there (30 minutes by default), or send the same import again through the admin"
                        + " API with confirm=true.";
    }

    /** How many services a need warning names by id and name before "and N more". */
    static final int NAMED_IN_WARNING = 5;

    /**
     * {@code read} with up to two warnings (never refusing an import) about the needs Lantern will
     * suggest its services for, under the mapping in use: the services that map to no need at all,
     * which signposting never suggests ({@code field} "needs": how many, and the first
     * {@value #NAMED_IN_WARNING} by id and name), and, apart, those that sent no need and have no
     * term that maps, whose need was read from the words of their name
     * ({@link TaxonomyMapping#nameNeeds}). Unchanged when every service has a need of its own or
     * from its terms.
     */
    public ImportReport withNeedWarnings(ImportReport read) {
        TaxonomyMapping using = mapping;
        List<Service> none = new ArrayList<>();
        List<Service> fromName = new ArrayList<>();
        for (Service s : read.services()) {
            Service recorded = uk.lantern.directory.signpost.Eligibility.recorded(s);
            if (!s.needs().isEmpty() || !using.termNeeds(recorded).isEmpty()) {
                continue;
            }
            if (using.nameNeeds(s.name()).isEmpty()) {
                none.add(s);
            } else {
                fromName.add(s);
            }
        }
        if (none.isEmpty() && fromName.isEmpty()) {
            return read;
        }
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        if (!none.isEmpty()) {
            problems.add(new ImportProblem(read.source(), "", "needs", count(none) + (none.size() == 1 ? " maps" : " map") + " to no need, so Lantern"
                    + " never suggests " + (none.size() == 1 ? "it" : "them") + ": " + named(none, null)
                    + ". Give each a lantern-needs attribute, or map its terms on the taxonomy mapping.", true));
        }
        if (!fromName.isEmpty()) {
            problems.add(new ImportProblem(read.source(), "", "needs", count(fromName) + " had no need and no term"
                    + " that maps to one; " + (fromName.size() == 1 ? "its need was" : "their needs were")
                    + " read from the words of " + (fromName.size() == 1 ? "its name" : "their names") + ": "
                    + named(fromName, using) + ".", true));
        }
        return new ImportReport(read.source(), read.services(), problems);
    }

    private static String count(List<Service> services) {
        return services.size() + " service" + (services.size() == 1 ? "" : "s");
    }

    /** The first few services by id and name ("care-1 (Carers' cafe: carers_support)"), then how many more. */
    private static String named(List<Service> services, TaxonomyMapping needsFromName) {
        List<String> shown = new ArrayList<>();
        for (Service s : services.subList(0, Math.min(NAMED_IN_WARNING, services.size()))) {
            shown.add(s.id() + " (" + s.name()
                    + (needsFromName == null ? "" : ": " + String.join(", ", needsFromName.nameNeeds(s.name()))) + ")");
        }
        int more = services.size() - shown.size();
        return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
    }

    /** Records an import or harvest that could not be read at all (the feed failed), so admins see it. */
    public void recordFailure(String kind, String source, String why, Instant startedAt) {
        store.recordAttempt(new ImportRecord(startedAt, kind, source, 0, 0, 0, 0, 0, 0, ImportRecord.FAILED,
                why + " The directory is unchanged."));
    }

    /** The mapping from council taxonomy terms to needs in use now. */
    public TaxonomyMapping taxonomyMapping() {
        return mapping;
    }

    /**
     * Makes {@code next} the mapping in use: kept in the database and the index rebuilt from the
     * database with it, so searches by need see the council's terms straight away.
     *
     * @param who the admin's username, for the database row
     */
    public synchronized void useTaxonomyMapping(TaxonomyMapping next, String who) {
        long revision = store.saveTaxonomyMapping(next.csv(), who, Instant.now());
        mapping = next;
        index.replaceAll(mapped(store.services(), next), revision);
        indexedRevision = revision;
    }

    /**
     * Brings the index up to the database when another instance (or anything else sharing the
     * database) has changed the directory or its taxonomy mapping since: one read of the revision
     * when nothing changed, else a rebuild from the database's services and mapping. Several
     * instances on one database call this every second, so each index follows the others' imports,
     * edits and harvests.
     *
     * @return true when the index was rebuilt
     */
    public synchronized boolean catchUp() {
        long current = store.revision();
        if (current == indexedRevision) {
            return false;
        }
        TaxonomyMapping latest = store.taxonomyMapping().map(m -> TaxonomyMapping.parse(m.csv()))
                .orElseGet(TaxonomyMapping::shipped);
        // Services read after the revision: a change in between is indexed now and rebuilt again next time.
        index.replaceAll(mapped(store.services(), latest), current);
        mapping = latest;
        indexedRevision = current;
        return true;
    }

    /** The council terms in the directory that the mapping in use does not map, most used first. */
    public List<TaxonomyMapping.UnmappedTerm> unmappedTerms() {
        List<Service> all = new java.util.ArrayList<>();
        store.forEach(all::add);
        return mapping.unmapped(all);
    }

    private static List<Service> mapped(List<Service> services, TaxonomyMapping mapping) {
        // Lantern's reading of each record (groups from its words, needs from its terms) goes to the index only
        return services.stream().map(s -> mapping.apply(uk.lantern.directory.signpost.Eligibility.recorded(s))).toList();
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
        return new OrukReadApi(index, search, gazetteer, isSample());
    }

    @Override
    public void close() {
        index.close();
    }
}
