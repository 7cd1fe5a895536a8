package org.contractregistry.registry.domain.audit;

import java.sql.Connection;
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
}
