package uk.lantern.directory.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * New services' rows sent to PostgreSQL with {@code COPY ... FROM STDIN} (CSV through the
 * driver's copy API) instead of batched inserts: at a whole directory of 100,000 records of
 * about 2.7 KB, one stream instead of 100,000 bound statements. It runs inside the replacement's
 * transaction, so a failure rolls back everything as an insert would. Other databases keep the
 * batches ({@link #applies}); the PostgreSQL driver is needed only when the database is PostgreSQL.
 */
final class PostgresCopy {
    /** PostgreSQL's own CSV dialect: empty unquoted is null, quoted empty is an empty string. */
    private static final CSVFormat FORMAT = CSVFormat.POSTGRESQL_CSV;

    private PostgresCopy() {
    }

    /** True when {@code c} is a PostgreSQL connection (directly or through a pool), so COPY may be used. */
    static boolean applies(Connection c) throws SQLException {
        // Asked by name first, so an H2-only classpath never loads the PostgreSQL driver's classes.
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()) && c.isWrapperFor(PGConnection.class);
    }

    /**
     * Inserts {@code rows} into {@code directory_service} in one COPY.
     *
     * @param columns the table's columns in the order {@link DirectoryStore#columns} gives values
     */
    static void insert(Connection c, String columns, List<DirectoryStore.Row> rows) throws SQLException {
        String sql = "copy directory_service (" + columns + ") from stdin with (format csv)";
        PGCopyOutputStream copy = new PGCopyOutputStream(c.unwrap(PGConnection.class), sql, 1 << 16);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (DirectoryStore.Row row : rows) {
                for (Object value : DirectoryStore.columns(row)) {
                    csv.print(value instanceof OffsetDateTime t ? t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                            : value);
                }
                csv.println();
            }
        } catch (IOException e) {
            throw new SQLException("Could not copy the new services into the database: " + e.getMessage(), e);
        }
    }
}
