package org.contractregistry.registry.lineage.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.function.Function;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.audit.AuditTrail;
import org.contractregistry.registry.store.JdbcTransactions;
import org.contractregistry.registry.store.KnownDialect;
import org.contractregistry.registry.store.SqlDialect;
import org.contractregistry.registry.store.Transactions;

/**
 * The lineage tables on the active datasource (H2 or PostgreSQL). A write is one local transaction, re-run from the start
 * when it lost a race (two events creating the same job at once); a read needs none. An event on PostgreSQL is one
 * statement, atomic without a transaction around it; events posted at the same time share one transaction (group
 * commit), so each pays a share of one commit and one round trip.
 */
@ApplicationScoped
public class LineageDb {
    /** Most events one group commit writes (one transaction; a JDBC batch per statement shape). */
    private static final int MAX_BATCH = 64;

    private final DataSource dataSource;
    private final KnownDialect dialect = new KnownDialect();
    private volatile GroupCommit<EventWrite> groupCommit;

    @Inject
    public LineageDb(@Any InjectableInstance<AgroalDataSource> dataSources) {
        this(dataSources.getActive());
    }

    LineageDb(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T write(Function<LineageStore, T> work) {
        return JdbcTransactions.inTransaction(dataSource, connection -> work.apply(store(connection)));
    }

    /** After a {@link #write} that appended audit entries committed: the trail seals them ({@link AuditTrail#committed}). */
    public void audited(AuditTrail trail) {
        trail.committed(dataSource);
    }

    /**
     * Stores one accepted event, all of it or (on a failure that is not a lost race) nothing; returns once it is
     * committed. On PostgreSQL, events posted at the same time are committed together ({@link GroupCommit}).
     */
    public void writeEvent(EventWrite event) {
        if (postgres()) {
            groupCommit().write(event);
        } else {
            write(store -> {
                store.writeEvent(event);
                return null;
            });
        }
    }

    /** One event as one statement in autocommit, re-run while it loses a race. */
    private void writeAlone(EventWrite event) {
        Transactions.retrying(() -> read(store -> {
            store.writeEvent(event);
            return null;
        }));
    }

    private GroupCommit<EventWrite> groupCommit() {
        GroupCommit<EventWrite> known = groupCommit;
        if (known == null) {
            synchronized (this) {
                if (groupCommit == null) {
                    groupCommit = new GroupCommit<>("lineage-group-commit", MAX_BATCH, events -> write(store -> {
                        store.writeEvents(events);
                        return null;
                    }), this::writeAlone);
                }
                known = groupCommit;
            }
        }
        return known;
    }

    @PreDestroy
    synchronized void close() {
        if (groupCommit != null) {
            groupCommit.close();
        }
    }

    public <T> T read(Function<LineageStore, T> work) {
        return JdbcTransactions.withConnection(dataSource, connection -> work.apply(store(connection)));
    }

    private boolean postgres() {
        SqlDialect known = dialect.ifKnown();
        return (known != null ? known : JdbcTransactions.withConnection(dataSource, dialect::of))
                == SqlDialect.POSTGRESQL;
    }

    /** PostgreSQL writes an event in one statement of {@code INSERT ... ON CONFLICT}; H2 updates, else inserts. */
    private LineageStore store(Connection connection) {
        return new LineageStore(connection, dialect.of(connection) == SqlDialect.POSTGRESQL);
    }
}
