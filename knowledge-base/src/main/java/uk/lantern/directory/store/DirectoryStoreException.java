package uk.lantern.directory.store;

/** The database could not be read or written; a failed write changed nothing. */
public final class DirectoryStoreException extends RuntimeException {
    /**
     * SQL states saying a table does not exist: PostgreSQL's {@code undefined_table} (42P01) and
     * H2's "table not found" (42S02, and 42S03/42S04 with candidates or an empty schema).
     */
    private static final java.util.Set<String> MISSING_TABLE = java.util.Set.of("42P01", "42S02", "42S03", "42S04");

    public DirectoryStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * True when the database answered that a directory table does not exist: a database whose
     * migrations have not run yet, or whose schema was dropped under a running instance.
     */
    public boolean missingTable() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && MISSING_TABLE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
