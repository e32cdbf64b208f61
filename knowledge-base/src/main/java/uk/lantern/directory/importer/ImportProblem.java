package uk.lantern.directory.importer;

/**
 * A record or field that could not be imported.
 *
 * @param source the file it came from
 * @param record the record's id or position (e.g. "row 4", "contents[2]")
 * @param field  the field at fault, empty when the whole record is
 */
public record ImportProblem(String source, String record, String field, String message) {
    @Override
    public String toString() {
        return source + ", " + record + (field == null || field.isEmpty() ? "" : ", " + field) + ": " + message;
    }
}
