package org.contractregistry.registry.lineage.store;

import java.sql.Connection;
import java.util.List;

/** The lineage tables inside one connection (and transaction, for writes). */
public final class LineageStore {
    private final Sql sql;
    private final boolean postgres;

    LineageStore(Connection connection, boolean postgres) {
        this.sql = new Sql(connection);
        this.postgres = postgres;
    }

    public LineageWriter writes() {
        return new LineageWriter(sql);
    }

    /** Stores one event: on PostgreSQL as one statement (atomic by itself), elsewhere as several. */
    void writeEvent(EventWrite event) {
        if (postgres) {
            PgEventStatement.write(sql, event);
        } else {
            writes().write(event);
        }
    }

    /** Stores several events in the caller's transaction (PostgreSQL: one JDBC batch per statement shape). */
    void writeEvents(List<EventWrite> events) {
        if (postgres) {
            PgEventStatement.writeAll(sql, events);
        } else {
            events.forEach(writes()::write);
        }
    }

    public LineageReader reads() {
        return new LineageReader(sql);
    }

    public DriftReader drift() {
        return new DriftReader(sql);
    }

    public GraphRepository graph() {
        return new GraphRepository(sql);
    }
}
