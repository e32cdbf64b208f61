package uk.lantern.directory.hsds;

/**
 * Where the reader reports what is wrong with a record; the importer adds the file name. A problem
 * ({@link #report}) is a fault of the record: an import leaves the service out. A warning
 * ({@link #warn}) is not: the service is kept with the value as sent, and the value is not used (a
 * point off the globe). A sink that does not tell them apart treats a warning as a problem.
 */
@FunctionalInterface
public interface FieldProblems {
    /**
     * @param record the record's id, or its position when it has no id
     * @param field  the JSON path of the field, e.g. {@code service_at_locations[0].location.latitude}
     */
    void report(String record, String field, String message);

    /** A warning: the record is kept, the value at {@code field} is kept as sent and not used. */
    default void warn(String record, String field, String message) {
        report(record, field, message);
    }

    /** A sink sending problems to {@code problems} and warnings to {@code warnings}. */
    static FieldProblems split(FieldProblems problems, FieldProblems warnings) {
        return new FieldProblems() {
            @Override
            public void report(String record, String field, String message) {
                problems.report(record, field, message);
            }

            @Override
            public void warn(String record, String field, String message) {
                warnings.report(record, field, message);
            }
        };
    }
}
