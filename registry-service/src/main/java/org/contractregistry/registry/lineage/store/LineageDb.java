package org.contractregistry.registry.lineage.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.contractregistry.registry.store.JdbcTransactions;
import org.contractregistry.registry.store.StoreException;
import org.contractregistry.registry.store.Transactions;

/**
 * The lineage tables on the active datasource (H2 or PostgreSQL). A write is one local transaction, re-run from the start
 * when it lost a race (two events creating the same job at once); a read needs none. An event on PostgreSQL is one
 * statement, atomic without a transaction around it.
 */
@ApplicationScoped
public class LineageDb {
    private final AgroalDataSource dataSource;
    private volatile Boolean postgres;

    @Inject
    public LineageDb(@Any InjectableInstance<AgroalDataSource> dataSources) {
        this.dataSource = dataSources.getActive();
    }

    public <T> T write(Function<LineageStore, T> work) {
        return JdbcTransactions.inTransaction(dataSource, connection -> work.apply(store(connection)));
    }

    /** Stores one accepted event, all of it or (on a failure that is not a lost race) nothing. */
    public void writeEvent(EventWrite event) {
        Function<LineageStore, Void> work = store -> {
            store.writeEvent(event);
            return null;
        };
        if (postgres()) {
            Transactions.retrying(() -> read(work));
        } else {
            write(work);
        }
    }

    public <T> T read(Function<LineageStore, T> work) {
        return JdbcTransactions.withConnection(dataSource, connection -> work.apply(store(connection)));
    }

    private boolean postgres() {
        Boolean known = postgres;
        return known != null ? known : read(store -> postgres);
    }

    /** PostgreSQL writes an event in one statement of {@code INSERT ... ON CONFLICT}; H2 updates, else inserts. */
    private boolean postgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            postgres = known;
        }
        return known;
    }

    private LineageStore store(Connection connection) {
        try {
            return new LineageStore(connection, postgres(connection));
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
