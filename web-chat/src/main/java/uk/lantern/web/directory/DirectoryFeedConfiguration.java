package uk.lantern.web.directory;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.feed.DirectoryFeed;
import uk.lantern.directory.feed.FeedSettings;
import uk.lantern.web.audit.SecurityEvents;
import uk.lantern.web.operations.LanternMeters;

/**
 * Follows a council's ORUK feed when {@code lantern.directory.feed.url} is set (from the
 * environment: {@code LANTERN_DIRECTORY_FEED_URL}): harvested once the application is ready and
 * then on {@code lantern.directory.feed.schedule} (a cron expression; {@code -} for never), on a
 * thread of its own. Without the address there is no feed and no schedule.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${lantern.directory.feed.url:}'.isBlank()")
class DirectoryFeedConfiguration {

    @Bean
    DirectoryFeed directoryFeed(LocalServicesDirectory directory, Clock clock,
            @Value("${lantern.directory.feed.url}") String url,
            @Value("${lantern.directory.feed.connect-timeout:10s}") Duration connectTimeout,
            @Value("${lantern.directory.feed.read-timeout:60s}") Duration readTimeout,
            @Value("${lantern.directory.feed.attempts:4}") int attempts,
            @Value("${lantern.directory.feed.backoff:2s}") Duration backoff,
            @Value("${lantern.directory.feed.max-bytes:209715200}") long maxBytes,
            @Value("${lantern.directory.feed.per-page:100}") int perPage,
            @Value("${lantern.directory.feed.max-pages:10000}") int maxPages,
            @Value("${lantern.directory.feed.full-every:7d}") Duration fullEvery,
            @Value("${lantern.directory.feed.partial:false}") boolean partial,
            @Value("${lantern.directory.max-removal-share:0.25}") double maxRemovalShare) {
        FeedSettings settings = FeedSettings.of(url)
                .withTimeouts(connectTimeout, readTimeout)
                .withRetries(attempts, backoff)
                .withLimits(maxBytes, perPage, maxPages)
                .withPolicy(fullEvery, partial, maxRemovalShare);
        return new DirectoryFeed(directory, settings, clock);
    }

    @Bean(destroyMethod = "stop")
    FeedSchedule feedSchedule(DirectoryFeed feed, SecurityEvents events, LanternMeters meters,
            @Value("${lantern.directory.feed.schedule:0 15 3 * * *}") String cron,
            @Value("${lantern.directory.feed.on-start:true}") boolean onStart,
            net.javacrumbs.shedlock.core.LockingTaskExecutor locks) {
        return new FeedSchedule(feed, events, meters, cron, onStart, locks);
    }
}
