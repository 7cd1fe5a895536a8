package org.contractregistry.registry.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The two databases the registry runs on; where their SQL differs, the store asks this, never the connection. */
public enum SqlDialect {
    POSTGRESQL,
    H2;

    /** Read once from a connection's metadata; the datasource does not change kind while the service runs. */
    public static SqlDialect of(Connection connection) {
        try {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? POSTGRESQL : H2;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Whether several statements joined by {@code ;} in one prepared statement go to the server in one round trip
     * (pgjdbc sends them as one batch of messages with one sync; each still runs as its own statement).
     */
    public boolean sendsStatementsTogether() {
        return this == POSTGRESQL;
    }
}
