package uk.lantern.directory.store;

/** The database could not be read or written; a failed write changed nothing. */
public final class DirectoryStoreException extends RuntimeException {
    public DirectoryStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
