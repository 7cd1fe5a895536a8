package org.contractregistry.registry.lineage.store;

import java.sql.Connection;

/** The lineage tables inside one connection (and transaction, for writes). */
public final class LineageStore {
    private final Sql sql;

    LineageStore(Connection connection) {
        this.sql = new Sql(connection);
    }

    public LineageWriter writes() {
        return new LineageWriter(sql);
    }

    public LineageReader reads() {
        return new LineageReader(sql);
    }

    public GraphRepository graph() {
        return new GraphRepository(sql);
    }
}
