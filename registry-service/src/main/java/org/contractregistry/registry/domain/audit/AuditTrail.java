package org.contractregistry.registry.domain.audit;

import java.sql.Connection;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Caller;

/**
 * Appends audit entries in the caller's own transaction: the entry commits with the change or not at all. Writers
 * that hold a JDBC connection (the registry store, the lineage store, the security store) pass it here.
 */
@FunctionalInterface
public interface AuditTrail {
    /** Records nothing: for tests and tools that run without an audit log. */
    AuditTrail NONE = (connection, caller, event) -> { };

    void append(Connection connection, Caller caller, AuditEvent event);

    /**
     * After a transaction that appended entries committed: lets the trail finish them outside the transaction (the
     * JDBC trail seals them into the hash chain there, so writers do not queue on the chain head while they commit).
     */
    default void committed(DataSource dataSource) {
    }
}
