package org.contractregistry.registry.domain.audit;

import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.AccessTarget;
import org.contractregistry.registry.domain.access.Permission;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.store.AuditTable;
import org.contractregistry.registry.store.JdbcAuditTrail;
import org.contractregistry.registry.store.JdbcTransactions;
import org.contractregistry.registry.store.StoreException;

/**
 * Reading the audit log (pages, an export, the chain's verification) for the REST API and the UI alike, and
 * recording what has no write to join (login failures).
 */
public final class AuditLog {
    private final DataSource dataSource;
    private final JdbcAuditTrail trail;
    private final AccessControl access;

    public AuditLog(DataSource dataSource, JdbcAuditTrail trail) {
        this(dataSource, trail, AccessControl.OPEN);
    }

    /** {@code access}: reading the log (pages, export, verification) takes {@link Permission#READ_AUDIT}. */
    public AuditLog(DataSource dataSource, JdbcAuditTrail trail, AccessControl access) {
        this.dataSource = dataSource;
        this.trail = trail;
        this.access = access;
    }

    /** One page of entries matching the filter, in chain order, and the {@code afterSeq} of the next page. */
    public record Page(List<AuditEntry> entries, Long next) {
    }

    public Page page(AuditFilter filter) {
        access.require(Permission.READ_AUDIT, AccessTarget.REGISTRY);
        List<AuditEntry> entries = JdbcTransactions.withConnection(dataSource,
                connection -> new AuditTable(connection).page(filter));
        Long next = entries.size() < filter.limit() ? null : entries.get(entries.size() - 1).seq();
        return new Page(entries, next);
    }

    /** Every entry matching the filter from its {@code afterSeq} on, page by page, in chain order. */
    public void export(AuditFilter filter, Consumer<AuditEntry> sink) {
        AuditFilter page = filter;
        while (true) {
            Page read = page(page);
            read.entries().forEach(sink);
            if (read.next() == null) {
                return;
            }
            page = page.after(read.next());
        }
    }

    /** Walks the whole chain in one snapshot of the database ({@link ChainWalk}). */
    public ChainVerdict verify() {
        access.require(Permission.READ_AUDIT, AccessTarget.REGISTRY);
        return JdbcTransactions.withConnection(dataSource, connection -> {
            try {
                int isolation = connection.getTransactionIsolation();
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    return new AuditTable(connection).verify();
                } finally {
                    connection.rollback();
                    connection.setTransactionIsolation(isolation);
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        });
    }

    /**
     * Appends an entry in a transaction of its own, committed when this returns: for events without a write to join,
     * such as a login failure ({@link Changes#LOGIN_FAILURE}, the claimed principal in the caller).
     */
    public void recordAlone(Caller caller, AuditEvent event) {
        trail.appendAlone(dataSource, caller, event);
    }
}
