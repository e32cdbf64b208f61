package uk.lantern.directory.search;

/** The index on disk could not be opened or written; the message names the folder and what to check. */
public class IndexUnavailableException extends RuntimeException {
    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
