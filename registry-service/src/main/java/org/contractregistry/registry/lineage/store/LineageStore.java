package org.contractregistry.registry.lineage.store;

import java.sql.Connection;
import java.util.List;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.audit.AuditEvent;
import org.contractregistry.registry.domain.audit.AuditTrail;

/** The lineage tables inside one connection (and transaction, for writes). */
public final class LineageStore {
    private final Connection connection;
    private final Sql sql;
    private final boolean postgres;

    LineageStore(Connection connection, boolean postgres) {
        this.connection = connection;
        this.sql = new Sql(connection);
        this.postgres = postgres;
    }

    /** Appends an audit entry in this store's transaction (unsealed; {@link LineageDb#audited} seals it after the commit). */
    public void audit(AuditTrail trail, Caller caller, AuditEvent event) {
        trail.append(connection, caller, event);
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
