package uk.lantern.web.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** H2's half of the append-only audit log (PostgreSQL has a plpgsql trigger): refuses any change. */
public final class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit log is append-only");
    }
}
