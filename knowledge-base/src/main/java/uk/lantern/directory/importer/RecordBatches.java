package uk.lantern.directory.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.directory.hsds.FieldProblems;
import uk.lantern.directory.hsds.HsdsServiceReader;
import uk.lantern.directory.model.Service;

/**
 * The records of a streamed file, read (cleaned, checked, kept as documents) in batches on every
 * core while the caller goes on parsing the file: the caller adds each record's tree in the file's
 * order, and {@link #finish} gives the services and problems in that same order, exactly as reading
 * them one after another on the caller's thread would (each batch has its own reader and its own list
 * of problems; the batches' results are joined in the order they were added, never the order they
 * finish in).
 *
 * <p>At most {@value #IN_FLIGHT_PER_CORE} batches a core wait or are being read at once, so the
 * trees held in memory stay bounded (a batch of {@value #BATCH} full HSDS records is a few MB of
 * tree) however long the file. A file of one batch or less, or a machine with one core, is read
 * on the caller's thread with no pool. An exception thrown while reading a record is thrown again
 * from {@link #add} or {@link #finish} as it was; {@link #close} stops the pool either way.
 */
final class RecordBatches implements AutoCloseable {
    /** Records a batch: enough that handing one over costs little against reading it. */
    static final int BATCH = 256;
    private static final int IN_FLIGHT_PER_CORE = 2;

    private final String source;
    private final String path;
    private final int threads;
    private final List<Service> services = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Deque<Future<Batch>> inFlight = new ArrayDeque<>();
    private List<JsonNode> next = new ArrayList<>(BATCH);
    private int added;
    private int firstOfNext;
    private ExecutorService pool;

    /** What one batch read: its services and its problems, each in the batch's order. */
    private record Batch(List<Service> services, List<ImportProblem> problems) {
    }

    /**
     * @param source the file's name, for the problems
     * @param path   the array's path in the file ({@code ""} for the whole file, {@code contents} for an ORUK page)
     */
    RecordBatches(String source, String path) {
        this(source, path, Runtime.getRuntime().availableProcessors());
    }

    RecordBatches(String source, String path, int threads) {
        this.source = source;
        this.path = path;
        this.threads = Math.max(1, threads);
    }

    /** The next record of the array, parsed for this import alone (it is cleaned in place). */
    void add(JsonNode record) {
        next.add(record);
        added++;
        if (next.size() == BATCH) {
            hand(false);
        }
    }

    /** Every record's service (those kept) and problems, in the file's order. */
    Result finish() {
        hand(true);
        while (!inFlight.isEmpty()) {
            collect();
        }
        return new Result(services, problems);
    }

    /** The services kept and the problems found, each in the file's order. */
    record Result(List<Service> services, List<ImportProblem> problems) {
    }

    private void hand(boolean last) {
        if (next.isEmpty()) {
            return;
        }
        List<JsonNode> records = next;
        int first = firstOfNext;
        next = new ArrayList<>(BATCH);
        firstOfNext = added;
        if (threads == 1 || (last && pool == null)) {
            join(read(records, first)); // one core, or the whole file in one batch: no pool is worth starting
            return;
        }
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "import-reader");
                t.setDaemon(true);
                return t;
            });
        }
        while (inFlight.size() >= threads * IN_FLIGHT_PER_CORE) {
            collect();
        }
        inFlight.add(pool.submit(() -> read(records, first)));
    }

    /** The oldest batch handed over, waited for and joined to the results. */
    private void collect() {
        Future<Batch> oldest = inFlight.removeFirst();
        try {
            join(oldest.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + source, e);
        }
    }

    private void join(Batch batch) {
        services.addAll(batch.services());
        problems.addAll(batch.problems());
    }

    /** One batch, read on whichever thread runs it, with a reader of its own (a reader holds one record's problems). */
    private Batch read(List<JsonNode> records, int first) {
        List<Service> kept = new ArrayList<>(records.size());
        List<ImportProblem> found = new ArrayList<>();
        HsdsServiceReader reader = HsdsServiceReader.forImport(FieldProblems.split(
                (record, field, message) -> found.add(new ImportProblem(source, record, field, message)),
                (record, field, message) -> found.add(new ImportProblem(source, record, field, message, true))));
        for (int i = 0; i < records.size(); i++) {
            int n = first + i;
            String position = path.isEmpty() ? "[" + n + "]" : path + "[" + n + "]";
            JsonNode record = records.get(i);
            // Parsed for this import alone, so the reader may keep it as the document without a copy.
            Optional<Service> service = record instanceof ObjectNode owned ? reader.readOwned(owned, position, null)
                    : reader.read(record, position, null);
            service.ifPresent(kept::add);
            records.set(i, null); // the tree is garbage once read
        }
        return new Batch(kept, found);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
