package uk.lantern.directory.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import uk.lantern.directory.model.Service;

/**
 * The services index on disk, one document per service.
 *
 * <p>Layout under the root folder: {@code CURRENT} names the live generation folder
 * ({@code gen-N}) and {@code gen-N-suggest} holds its autocomplete index. A full import builds a
 * new generation beside the live one and then replaces {@code CURRENT} with an atomic rename, so
 * readers and a crash both see either the old directory or the complete new one, never a mix.
 *
 * <p>The index is derived data. On opening, a missing or corrupt index (any checksum failure),
 * or one built from another revision of the source (the database), is rebuilt from the source,
 * so a damaged disk costs a rebuild rather than an outage and never brings back older data. Each
 * commit records the source revision it reflects. Single-service changes go
 * through the live writer and are visible to searches as soon as the method returns.
 *
 * <p>Documents are kept sorted by service id, so equal scores always break ties the same way
 * and re-importing the same data gives the same results whatever order it arrived in.
 */
public final class ServiceIndex implements Closeable {
    private static final Logger LOG = Logger.getLogger(ServiceIndex.class.getName());
    private static final String POINTER = "CURRENT";
    private static final double IMPORT_RAM_BUFFER_MB = 64;
    /** The commit user-data key holding the source revision the index reflects. */
    static final String REVISION_KEY = "lantern.revision";
    /**
     * The commit user-data key holding {@link ServiceDocuments#LAYOUT}: an index written with
     * other fields is rebuilt, so new filters never run over an index that lacks their fields.
     */
    static final String LAYOUT_KEY = "lantern.layout";
    /** For callers without revisions (tests, benchmarks): a healthy index is trusted as it is. */
    public static final long UNKNOWN_REVISION = -1;

    private final Path root;
    private final Supplier<? extends Collection<Service>> source;
    private volatile Generation live;
    private volatile boolean rebuiltOnOpen;

    private ServiceIndex(Path root, Supplier<? extends Collection<Service>> source) {
        this.root = root;
        this.source = source;
    }

    /**
     * Opens the index under {@code root}, building it from {@code source} when it is missing or
     * corrupt.
     */
    public static ServiceIndex open(Path root, Supplier<? extends Collection<Service>> source) {
        return open(root, source, UNKNOWN_REVISION);
    }

    /**
     * Opens the index under {@code root}, rebuilding it from {@code source} when it is missing,
     * corrupt, or records a revision other than {@code revision} (unless that is
     * {@link #UNKNOWN_REVISION}).
     */
    public static ServiceIndex open(Path root, Supplier<? extends Collection<Service>> source, long revision) {
        ServiceIndex index = new ServiceIndex(root, source);
        try {
            Files.createDirectories(root);
            Optional<String> current = index.readPointer();
            if (current.isPresent() && isHealthy(root.resolve(current.get()), revision)) {
                index.live = openExisting(root, current.get());
            }
            if (index.live == null) {
                current.ifPresent(name -> LOG.warning("The services index " + root.resolve(name)
                        + " is missing, corrupt or behind the database; rebuilding it from the database."));
                index.rebuiltOnOpen = true;
                index.replaceAll(source.get(), revision);
            }
        } catch (IOException e) {
            throw new IndexUnavailableException("Could not open the services index in " + root
                    + "; check the folder exists and is writable.", e);
        }
        return index;
    }

    /** True when the last {@link #open} found no usable index and rebuilt it from the source. */
    public boolean wasRebuiltOnOpen() {
        return rebuiltOnOpen;
    }

    /**
     * Opens a healthy generation, or returns null when it was written with different settings
     * (for example by an older Lantern) and should be rebuilt. A lock held by another process is
     * not a reason to rebuild: that process owns the index.
     */
    private static Generation openExisting(Path root, String name) throws IOException {
        try {
            return Generation.open(root, name, false, List.of(), UNKNOWN_REVISION, s -> null);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IndexUnavailableException("The services index in " + root + " is in use by another process;"
                    + " stop it or give this one its own index folder.", e);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "The services index " + root.resolve(name) + " could not be opened; rebuilding it.", e);
            return null;
        }
    }

    private static boolean isHealthy(Path dir, long revision) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            java.util.Map<String, String> data = reader.getIndexCommit().getUserData();
            return ServiceDocuments.LAYOUT.equals(data.get(LAYOUT_KEY)) && (revision == UNKNOWN_REVISION
                    || String.valueOf(revision).equals(data.get(REVISION_KEY)));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Replaces every service in one step. Builds the new generation completely before switching,
     * so a failure part-way leaves the live index untouched.
     */
    public synchronized void replaceAll(Collection<Service> services) {
        replaceAll(services, UNKNOWN_REVISION);
    }

    /** As {@link #replaceAll(Collection)}, recording the source revision the new index reflects. */
    public synchronized void replaceAll(Collection<Service> services, long revision) {
        replaceAll(services, revision, s -> null);
    }

    /**
     * As {@link #replaceAll(Collection, long)}, taking each service's stored HSDS JSON from
     * {@code writtenJson} where the caller has already written it (UTF-8, the record as sent, the
     * database row's text, without what Lantern reads into it; null for a service it has not), so a
     * whole import writes each record once rather than once for the database and again here.
     */
    public synchronized void replaceAll(Collection<Service> services, long revision,
                                        Function<Service, byte[]> writtenJson) {
        List<Service> sorted = new ArrayList<>(services);
        // Sorting by id gives the same document order, hence the same tie-breaks, on every re-import.
        sorted.sort(Comparator.comparing(Service::id));
        String name = "gen-" + System.nanoTime();
        Generation next;
        try {
            next = Generation.open(root, name, true, sorted, revision, writtenJson);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(root.resolve(name));
            deleteQuietly(root.resolve(name + "-suggest"));
            throw new IndexUnavailableException("Could not build a new services index in " + root
                    + "; the previous directory is still live. Cause: " + e.getMessage(), e);
        }
        try {
            writePointer(name);
        } catch (IOException e) {
            closeQuietly(next);
            deleteQuietly(root.resolve(name));
            deleteQuietly(root.resolve(name + "-suggest"));
            throw new IndexUnavailableException("Could not switch to the new services index in " + root, e);
        }
        Generation old = live;
        live = next;
        if (old != null) {
            closeQuietly(old);
        }
        removeOtherGenerations(name);
    }

    /** Adds or replaces one service; searchable when this returns. */
    public synchronized void upsert(Service service) {
        upsert(service, UNKNOWN_REVISION);
    }

    /** As {@link #upsert(Service)}, recording the source revision that includes the change. */
    public synchronized void upsert(Service service, long revision) {
        upsert(service, revision, null);
    }

    /**
     * As {@link #upsert(Service, long)}, with the record as sent already written ({@code hsds},
     * UTF-8 HSDS JSON, the database row's text; null to write it here with {@code HsdsServiceWriter.asSent}).
     */
    public synchronized void upsert(Service service, long revision, byte[] hsds) {
        try {
            live.writer.updateDocument(new Term(ServiceDocuments.ID, service.id()), ServiceDocuments.toDocument(service, hsds));
            commit(live.writer, revision);
            live.autocomplete.add(service);
            live.searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new IndexUnavailableException("Could not save service " + service.id() + " to " + root, e);
        }
    }

    /** Removes one service; gone from searches when this returns. */
    public synchronized boolean remove(String serviceId) {
        return remove(serviceId, UNKNOWN_REVISION);
    }

    /** As {@link #remove(String)}, recording the source revision that includes the change. */
    public synchronized boolean remove(String serviceId, long revision) {
        boolean existed = find(serviceId).isPresent();
        try {
            live.writer.deleteDocuments(new Term(ServiceDocuments.ID, serviceId));
            commit(live.writer, revision);
            live.searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new IndexUnavailableException("Could not remove service " + serviceId + " from " + root, e);
        }
        return existed;
    }

    private static void commit(IndexWriter writer, long revision) throws IOException {
        writer.setLiveCommitData((revision == UNKNOWN_REVISION ? java.util.Map.of(LAYOUT_KEY, ServiceDocuments.LAYOUT)
                : java.util.Map.of(REVISION_KEY, String.valueOf(revision), LAYOUT_KEY, ServiceDocuments.LAYOUT))
                .entrySet());
        writer.commit();
    }

    public Optional<Service> find(String serviceId) {
        return findBy(ServiceDocuments.ID, serviceId);
    }

    /** The service that offers the service_at_location with this id. */
    public Optional<Service> findByServiceAtLocation(String serviceAtLocationId) {
        return findBy(ServiceDocuments.SERVICE_AT_LOCATION_ID, serviceAtLocationId);
    }

    private Optional<Service> findBy(String field, String value) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(field, value)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ServiceDocuments.load(searcher.storedFields(), top.scoreDocs[0].doc));
        });
    }

    /** The other taxonomy terms of the index state they were read from. */
    private record CachedTerms(Object readerKey, List<uk.lantern.directory.model.TaxonomyTerm> terms) {
    }

    private volatile CachedTerms otherTerms;

    /**
     * The taxonomy terms services carry beyond Lantern's needs and delivery terms (a council's
     * own, and Lantern's eligibility and access terms), each once, ordered by taxonomy and id.
     * Read once per state of the index, since a directory changes far less often than it is read.
     */
    public List<uk.lantern.directory.model.TaxonomyTerm> otherTaxonomyTerms() {
        return withSearcher(searcher -> {
            Object key = searcher.getIndexReader().getReaderCacheHelper().getKey();
            CachedTerms cached = otherTerms;
            if (cached != null && cached.readerKey() == key) {
                return cached.terms();
            }
            List<uk.lantern.directory.model.TaxonomyTerm> terms = OtherTaxonomyTerms.read(searcher);
            otherTerms = new CachedTerms(key, terms);
            return terms;
        });
    }

    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Autocomplete suggestions for what someone has typed so far. */
    public List<String> complete(String prefix, int max) {
        try {
            return live.autocomplete.complete(prefix, max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A unit of work against one consistent point-in-time view of the index. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} with a searcher that is released afterwards, however the work ends. */
    public <T> T withSearcher(SearcherWork<T> work) {
        while (true) {
            Generation g = live;
            IndexSearcher searcher;
            try {
                searcher = g.searchers.acquire();
            } catch (org.apache.lucene.store.AlreadyClosedException e) {
                continue; // an import swapped generations between reading live and acquiring
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.apply(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException("Searching the services index in " + root + " failed", e);
            } finally {
                try {
                    g.searchers.release(searcher);
                } catch (IOException ignored) {
                    // releasing only decrements a reference count
                }
            }
        }
    }

    private Optional<String> readPointer() throws IOException {
        Path pointer = root.resolve(POINTER);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private void writePointer(String name) throws IOException {
        Path tmp = root.resolve(POINTER + ".tmp");
        Files.writeString(tmp, name, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void removeOtherGenerations(String keep) {
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> p.getFileName().toString().startsWith("gen-"))
                    .filter(p -> !p.getFileName().toString().equals(keep)
                            && !p.getFileName().toString().equals(keep + "-suggest"))
                    .forEach(ServiceIndex::deleteQuietly);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not tidy old index generations in " + root, e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete " + dir, e);
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing an index generation failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (live != null) {
            closeQuietly(live);
        }
    }

    /** One generation: its directory, writer, near-real-time searchers and autocomplete. */
    private static final class Generation implements Closeable {
        final FSDirectory directory;
        final IndexWriter writer;
        final SearcherManager searchers;
        final Autocomplete autocomplete;

        private Generation(FSDirectory directory, IndexWriter writer, SearcherManager searchers, Autocomplete autocomplete) {
            this.directory = directory;
            this.writer = writer;
            this.searchers = searchers;
            this.autocomplete = autocomplete;
        }

        static Generation open(Path root, String name, boolean create, List<Service> services, long revision,
                               Function<Service, byte[]> writtenJson) throws IOException {
            FSDirectory directory = FSDirectory.open(root.resolve(name));
            IndexWriter writer = null;
            Autocomplete autocomplete = null;
            try {
                IndexWriterConfig config = new IndexWriterConfig(DirectoryAnalysis.indexAnalyzer())
                        .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                        .setRAMBufferSizeMB(IMPORT_RAM_BUFFER_MB)
                        .setIndexSort(ServiceDocuments.INDEX_SORT)
                        // Packing segments into compound files copies every byte once more at flush;
                        // the index is one folder with few segments, so file handles are not a concern.
                        .setUseCompoundFile(false);
                writer = new IndexWriter(directory, config);
                if (create) {
                    addInParallel(writer, services, writtenJson);
                    commit(writer, revision);
                }
                Path suggestDir = root.resolve(name + "-suggest");
                autocomplete = Autocomplete.open(suggestDir);
                if (create) {
                    autocomplete.addAll(services);
                }
                SearcherManager searchers = new SearcherManager(writer, null);
                return new Generation(directory, writer, searchers, autocomplete);
            } catch (IOException | RuntimeException e) {
                if (autocomplete != null) {
                    closeQuietly(autocomplete);
                }
                if (writer != null) {
                    writer.rollback();
                }
                directory.close();
                throw e;
            }
        }

        /**
         * Builds documents on all cores; the writer is thread-safe, and the index sort keeps the
         * document order (so tie-breaks) independent of which thread finished first.
         */
        private static void addInParallel(IndexWriter writer, List<Service> services,
                                          Function<Service, byte[]> writtenJson) throws IOException {
            try {
                services.parallelStream().forEach(s -> {
                    try {
                        writer.addDocument(ServiceDocuments.toDocument(s, writtenJson.apply(s)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public void close() throws IOException {
            try {
                searchers.close();
                autocomplete.close();
                writer.close();
            } finally {
                directory.close();
            }
        }
    }
}
