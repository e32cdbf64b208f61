package uk.lantern.directory.importer;

/**
 * A record or field that could not be imported, or (a warning) a value kept as sent but not used.
 *
 * @param source  the file it came from
 * @param record  the record's id or position (e.g. "row 4", "contents[2]")
 * @param field   the field at fault, empty when the whole record is
 * @param warning true for a warning: the service is imported and the value is not used (a point
 *                off the globe); a warning never refuses an import
 */
public record ImportProblem(String source, String record, String field, String message, boolean warning) {
    /** A problem (not a warning). */
    public ImportProblem(String source, String record, String field, String message) {
        this(source, record, field, message, false);
    }

    @Override
    public String toString() {
        return source + ", " + record + (field == null || field.isEmpty() ? "" : ", " + field) + ": "
                + (warning ? "warning: " : "") + message;
    }
}
