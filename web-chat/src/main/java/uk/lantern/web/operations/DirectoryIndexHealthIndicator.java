package uk.lantern.web.operations;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import uk.lantern.directory.LocalServicesDirectory;

/**
 * Health component {@code directoryIndex}, in the readiness group: UP while the directory's Lucene
 * index is open and answers a search, with how many services it holds and the database's directory
 * revision; DOWN, with the kind of failure (never a path or a record), when it cannot be read, so
 * the load balancer sends people to an instance that can signpost them.
 */
@Component
class DirectoryIndexHealthIndicator implements HealthIndicator {

    private final LocalServicesDirectory directory;

    DirectoryIndexHealthIndicator(LocalServicesDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("services", directory.index().count())
                    .withDetail("databaseRevision", directory.store().revision()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
