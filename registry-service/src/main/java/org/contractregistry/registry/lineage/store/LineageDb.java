package org.contractregistry.registry.lineage.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.contractregistry.registry.store.StoreException;
import org.contractregistry.registry.store.Transactions;

/**
 * The lineage tables on the active datasource (H2 or PostgreSQL). A write is one JTA transaction, re-run from the start
 * when it lost a race (two events creating the same job at once); a read needs none.
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
        return Transactions.retrying(() -> QuarkusTransaction.requiringNew().call(() -> withConnection(work)));
    }

    public <T> T read(Function<LineageStore, T> work) {
        return withConnection(work);
    }

    /** PostgreSQL gets single-statement {@code INSERT ... ON CONFLICT} upserts; H2 keeps update-then-insert. */
    private boolean postgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            postgres = known;
        }
        return known;
    }

    private <T> T withConnection(Function<LineageStore, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(new LineageStore(connection, postgres(connection)));
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
