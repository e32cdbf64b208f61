package uk.lantern.web.records;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Makes a committed screening survive a power cut before it is acknowledged. PostgreSQL already
 * does (its commit waits for the write-ahead log to reach the disk, {@code synchronous_commit=on}).
 * H2 writes each commit to its file at once with {@code WRITE_DELAY=0} (enough for kill -9, since
 * the operating system holds the write) but does not force it to the device, so on H2 this runs
 * {@code CHECKPOINT SYNC}, which flushes the store and forces the file to the disk.
 */
@Component
class DiskSync {

    private final JdbcClient jdbc;
    private final boolean h2;

    DiskSync(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.h2 = "H2".equals(product);
    }

    /** Forces what has been committed so far onto the disk device; call after the commit, before answering. */
    void afterCommit() {
        if (h2) {
            jdbc.sql("CHECKPOINT SYNC").update();
        }
    }
}
