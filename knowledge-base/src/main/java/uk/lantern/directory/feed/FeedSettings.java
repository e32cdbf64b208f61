package uk.lantern.directory.feed;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to follow one feed.
 *
 * @param servicesUrl     the feed's {@code /services} endpoint (an API root gets {@code /services} added by {@link #of})
 * @param connectTimeout  longest wait to connect
 * @param readTimeout     longest wait for one page, headers and body
 * @param attempts        tries per page (1 means no retry); retried on a network error, 429 and 5xx
 * @param backoff         wait before the second try, doubled before each further try
 * @param maxBytes        the most the whole harvest may download, all pages together
 * @param perPage         the page size asked for ({@code per_page})
 * @param maxPages        the most pages followed, against a feed whose paging never ends
 * @param fullEvery       how long a harvest of changes only may follow the last full harvest; after
 *                        that the next harvest is full again, so services removed upstream go too
 * @param partial         apply a harvest with some bad records (each reported); by default any problem refuses it
 * @param maxRemovalShare the largest share of services a harvest may remove without an admin's confirmation
 */
public record FeedSettings(URI servicesUrl, Duration connectTimeout, Duration readTimeout, int attempts,
                           Duration backoff, long maxBytes, int perPage, int maxPages, Duration fullEvery,
                           boolean partial, double maxRemovalShare) {

    public FeedSettings {
        Objects.requireNonNull(servicesUrl, "servicesUrl");
        String scheme = servicesUrl.getScheme() == null ? "" : servicesUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("The feed address must start with https:// (or http://)");
        }
        if (attempts < 1 || perPage < 1 || maxPages < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("attempts, per_page, pages and bytes must be positive");
        }
    }

    /** Settings with the defaults: 10 s to connect, 60 s per page, 4 tries from 2 s, 200 MB, 100 per page. */
    public static FeedSettings of(String url) {
        return new FeedSettings(servicesEndpoint(url), Duration.ofSeconds(10), Duration.ofSeconds(60), 4,
                Duration.ofSeconds(2), 200L * 1024 * 1024, 100, 10_000, Duration.ofDays(7), false, 0.25);
    }

    /** The {@code /services} endpoint of an ORUK API given by its root or by the endpoint itself. */
    public static URI servicesEndpoint(String url) {
        URI uri = URI.create(Objects.requireNonNull(url, "url").strip());
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.endsWith("/services") || path.endsWith("/services/")) {
            return uri;
        }
        String joined = (path.endsWith("/") ? path : path + "/") + "services";
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + joined
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** The address as shown in the history and logs: without its query, which may carry a key. */
    public String displayAddress() {
        return servicesUrl.getScheme() + "://" + servicesUrl.getRawAuthority()
                + (servicesUrl.getRawPath() == null ? "" : servicesUrl.getRawPath());
    }

    public FeedSettings withTimeouts(Duration connect, Duration read) {
        return new FeedSettings(servicesUrl, connect, read, attempts, backoff, maxBytes, perPage, maxPages, fullEvery,
                partial, maxRemovalShare);
    }

    public FeedSettings withRetries(int tries, Duration firstWait) {
        return new FeedSettings(servicesUrl, connectTimeout, readTimeout, tries, firstWait, maxBytes, perPage,
                maxPages, fullEvery, partial, maxRemovalShare);
    }

    public FeedSettings withLimits(long bytes, int pageSize, int pages) {
        return new FeedSettings(servicesUrl, connectTimeout, readTimeout, attempts, backoff, bytes, pageSize, pages,
                fullEvery, partial, maxRemovalShare);
    }

    public FeedSettings withPolicy(Duration full, boolean acceptPartial, double removalShare) {
        return new FeedSettings(servicesUrl, connectTimeout, readTimeout, attempts, backoff, maxBytes, perPage,
                maxPages, full, acceptPartial, removalShare);
    }
}
