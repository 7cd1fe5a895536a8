package org.contractregistry.registry.store;

import java.sql.Connection;

/** The dialect of one datasource, read from the first connection that asks and kept (the kind never changes). */
public final class KnownDialect {
    private volatile SqlDialect dialect;

    public SqlDialect of(Connection connection) {
        SqlDialect known = dialect;
        if (known == null) {
            known = SqlDialect.of(connection);
            dialect = known;
        }
        return known;
    }

    /** The dialect if a connection has told it already, else null. */
    public SqlDialect ifKnown() {
        return dialect;
    }
}
