package uk.lantern.directory.hsds;

/** Where the reader reports a bad field; the importer adds the file name. */
@FunctionalInterface
public interface FieldProblems {
    /**
     * @param record the record's id, or its position when it has no id
     * @param field  the JSON path of the field, e.g. {@code service_at_locations[0].location.latitude}
     */
    void report(String record, String field, String message);
}
