package uk.lantern.directory.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import uk.lantern.directory.hsds.HsdsServiceWriter;
import uk.lantern.directory.importer.HsdsJsonImporter;
import uk.lantern.directory.importer.ImportProblem;
import uk.lantern.directory.importer.ImportReport;
import uk.lantern.directory.model.Service;

/**
 * Pulls every page of an ORUK {@code /services} feed with the JDK's {@link HttpClient}: asks for
 * {@code page=1,2,...} with {@code per_page} until the feed says the last page has come
 * ({@code last_page}, or {@code page_number} reaching {@code total_pages}), optionally with
 * {@code modified_after} for changes only. Each page is read by {@link HsdsJsonImporter} as part of
 * a whole feed, so every shape and guard of a file import applies.
 *
 * <p>Guards: a connect timeout, a timeout for each page's headers and body, retries with doubling
 * back-off on network errors, 429 and 5xx; a size limit for the whole harvest (checked against
 * {@code Content-Length} and while reading); a page limit; and a check that the pages together
 * hold as many records as the feed's {@code total_items}. Any of these failing fails the whole
 * harvest with a {@link FeedException}, so nothing partial is ever offered to the directory.
 *
 * <p>Thread-safe for one harvest at a time per instance ({@link DirectoryFeed} runs one at a time).
 */
public final class FeedHarvester {
    private static final String USER_AGENT = "Lantern directory harvester (Open Referral UK)";

    private final FeedSettings settings;
    private final HttpClient client;

    /** What one harvest read. {@code modifiedAfter} is null for a full harvest. */
    public record Harvest(ImportReport report, int pages, long bytes, Instant modifiedAfter) {
    }

    public FeedHarvester(FeedSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Reads the whole feed, or only what changed after {@code modifiedAfter} (null for everything).
     *
     * @throws FeedException when any page cannot be had or read, or the pages do not add up;
     *                       nothing read is kept
     */
    public Harvest harvest(Instant modifiedAfter) throws FeedException {
        String source = settings.displayAddress();
        HsdsJsonImporter importer = new HsdsJsonImporter(true);
        List<Service> services = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        long bytes = 0;
        int records = 0;
        JsonNode last = null;
        int page = 1;
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (; ; page++) {
                if (page > settings.maxPages()) {
                    throw new FeedException("The feed has more than " + settings.maxPages() + " pages; nothing was"
                            + " imported. Raise the page limit if the feed really is that long.");
                }
                byte[] body = fetch(page, modifiedAfter, settings.maxBytes() - bytes, readers);
                bytes += body.length;
                JsonNode root;
                try {
                    root = HsdsServiceWriter.JSON.readTree(body);
                } catch (JacksonException e) {
                    throw new FeedException("Page " + page + " of the feed is not valid JSON; nothing was imported.");
                }
                if (root == null || !root.isObject() || !root.path("contents").isArray()) {
                    throw new FeedException("Page " + page + " of the feed is not an ORUK page of services (it has no"
                            + " \"contents\" list); check the feed address ends in /services.");
                }
                ImportReport read = importer.read(root, "page " + page);
                if (read.services().isEmpty() && !read.problems().isEmpty()
                        && "file".equals(read.problems().getFirst().record())) {
                    throw new FeedException("Page " + page + ": " + read.problems().getFirst().message());
                }
                services.addAll(read.services());
                problems.addAll(read.problems());
                int onPage = root.get("contents").size();
                records += onPage;
                last = root;
                if (isLastPage(root, page)) {
                    break;
                }
                if (onPage == 0) {
                    throw new FeedException("Page " + page + " of the feed is empty but says more pages follow;"
                            + " nothing was imported.");
                }
            }
        }
        JsonNode total = last.get("total_items");
        if (total != null && total.isNumber() && total.asLong() != records) {
            throw new FeedException("The feed says it has " + total.asLong() + " services but its " + page + " page"
                    + (page == 1 ? "" : "s") + " held " + records + " (it may have changed during the harvest);"
                    + " nothing was imported. The next harvest will try again.");
        }
        return new Harvest(ImportReport.deduplicated(source, services, problems), page, bytes, modifiedAfter);
    }

    /** The last page says so, or is numbered {@code total_pages}; a page with no paging fields is the only one. */
    static boolean isLastPage(JsonNode root, int page) {
        JsonNode lastPage = root.get("last_page");
        if (lastPage != null && lastPage.isBoolean()) {
            return lastPage.asBoolean();
        }
        JsonNode totalPages = root.get("total_pages");
        if (totalPages != null && totalPages.isNumber()) {
            return page >= totalPages.asInt();
        }
        return true;
    }

    private byte[] fetch(int page, Instant modifiedAfter, long budget, ExecutorService readers) throws FeedException {
        HttpRequest request = HttpRequest.newBuilder(pageUri(page, modifiedAfter))
                .timeout(settings.readTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .GET().build();
        String lastProblem = "";
        Duration wait = settings.backoff();
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            if (attempt > 1) {
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (java.net.http.HttpTimeoutException e) {
                lastProblem = "was too slow to answer for page " + page;
                continue;
            } catch (IOException e) {
                lastProblem = "could not be reached (" + e.getClass().getSimpleName() + ")";
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedException("The harvest was stopped; nothing was imported.", e);
            }
            int status = response.statusCode();
            if (status != 200) {
                close(response.body());
                if (status == 429 || status >= 500) {
                    lastProblem = "answered " + status;
                    continue;
                }
                throw new FeedException("Page " + page + " of the feed answered " + status + "; nothing was imported.",
                        status == 400 && modifiedAfter != null && page == 1, null);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > budget) {
                close(response.body());
                throw tooLarge();
            }
            Future<byte[]> reading = readers.submit(() -> readAtMost(response.body(), budget));
            try {
                byte[] body = reading.get(settings.readTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                if (body.length > budget) {
                    throw tooLarge();
                }
                return body;
            } catch (TimeoutException e) {
                reading.cancel(true);
                close(response.body());
                lastProblem = "was too slow to send page " + page;
            } catch (ExecutionException e) {
                lastProblem = "broke off while sending page " + page;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedException("The harvest was stopped; nothing was imported.", e);
            }
        }
        throw new FeedException("Page " + page + " of the feed failed after " + settings.attempts() + " tr"
                + (settings.attempts() == 1 ? "y" : "ies") + ": the feed " + lastProblem + ". Nothing was imported.");
    }

    private FeedException tooLarge() {
        return new FeedException("The feed is larger than the limit of " + settings.maxBytes() + " bytes; nothing was"
                + " imported. Raise lantern.directory.feed.max-bytes if the feed really is that large.");
    }

    /** Reads up to one byte more than {@code budget}, so a body over the limit is noticed without reading it all. */
    private static byte[] readAtMost(InputStream in, long budget) throws IOException {
        try (in) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget + 1));
        }
    }

    URI pageUri(int page, Instant modifiedAfter) {
        URI base = settings.servicesUrl();
        StringBuilder query = new StringBuilder(base.getRawQuery() == null ? "" : base.getRawQuery() + "&");
        query.append("page=").append(page).append("&per_page=").append(settings.perPage());
        if (modifiedAfter != null) {
            query.append("&modified_after=").append(URLEncoder.encode(
                    modifiedAfter.truncatedTo(ChronoUnit.SECONDS).toString(), StandardCharsets.UTF_8));
        }
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + base.getRawPath() + "?" + query);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the connection is being dropped anyway
        }
    }

    private static void sleep(Duration wait) throws FeedException {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("The harvest was stopped; nothing was imported.", e);
        }
    }
}
