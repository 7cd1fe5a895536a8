package org.contractregistry.registry.store;

import java.sql.Connection;
import java.time.Clock;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.audit.AuditEvent;
import org.contractregistry.registry.domain.audit.AuditTrail;

/** {@link AuditTrail} over the audit_log table: each entry joins the transaction of the connection it is given. */
public final class JdbcAuditTrail implements AuditTrail {
    private final Clock clock;

    public JdbcAuditTrail(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void append(Connection connection, Caller caller, AuditEvent event) {
        new AuditTable(connection).append(caller, event, clock.millis());
    }

    /**
     * Appends an entry in a transaction of its own, for what is recorded without a write to join (a login failure);
     * committed when this returns.
     */
    public void appendAlone(DataSource dataSource, Caller caller, AuditEvent event) {
        JdbcTransactions.inTransaction(dataSource, connection -> {
            append(connection, caller, event);
            return null;
        });
    }
}
