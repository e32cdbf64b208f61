package uk.lantern.directory.feed;

/**
 * A harvest that could not be completed; the directory keeps its last good data. The message is
 * written for admins and never holds the feed's query string (which may carry a key).
 */
public final class FeedException extends Exception {
    private final boolean modifiedAfterRefused;

    FeedException(String message) {
        this(message, false, null);
    }

    FeedException(String message, Throwable cause) {
        this(message, false, cause);
    }

    FeedException(String message, boolean modifiedAfterRefused, Throwable cause) {
        super(message, cause);
        this.modifiedAfterRefused = modifiedAfterRefused;
    }

    /** True when the feed refused the {@code modified_after} filter (400 on the first page). */
    public boolean modifiedAfterRefused() {
        return modifiedAfterRefused;
    }
}
