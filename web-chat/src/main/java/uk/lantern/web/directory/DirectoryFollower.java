package uk.lantern.web.directory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.store.DirectoryStoreException;

/**
 * Keeps this instance's directory index up with the database, which several instances share:
 * every {@code lantern.directory.follow-every} (1 second) it reads the directory's revision and,
 * when another instance's import, edit, harvest or taxonomy mapping has raised it, rebuilds the
 * index from the database ({@link LocalServicesDirectory#catchUp()}). So every instance serves a
 * change within a couple of seconds; a single instance only pays one small query a second.
 */
@Component
class DirectoryFollower {
    private static final Logger log = LoggerFactory.getLogger(DirectoryFollower.class);

    private final LocalServicesDirectory directory;

    DirectoryFollower(LocalServicesDirectory directory) {
        this.directory = directory;
    }

    /** True while the directory's tables are missing and that has been logged once. */
    private boolean toldTablesMissing;

    /**
     * One poll. A database without the directory's tables (its schema dropped under a running
     * instance, as the PostgreSQL test classes do, or not migrated yet) means no revision yet:
     * one debug line, then quiet polls until the tables are back. Any other failure is a warning.
     */
    @Scheduled(fixedDelayString = "${lantern.directory.follow-every:1s}", initialDelayString = "${lantern.directory.follow-every:1s}")
    void follow() {
        try {
            if (directory.catchUp()) {
                log.info("Directory index rebuilt: another instance changed the directory");
            }
            toldTablesMissing = false;
        } catch (DirectoryStoreException e) {
            if (!e.missingTable()) {
                log.warn("Could not bring the directory index up to the database; trying again shortly", e);
            } else if (!toldTablesMissing) {
                toldTablesMissing = true;
                log.debug("The directory's tables are not in the database; no revision to follow until they are");
            }
        } catch (RuntimeException e) {
            // The index keeps serving what it has; the next poll tries again.
            log.warn("Could not bring the directory index up to the database; trying again shortly", e);
        }
    }
}
