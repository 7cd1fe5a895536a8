package org.contractregistry.registry.infra;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.contractregistry.registry.store.JdbcRegistryStore;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.StoreException;
import org.contractregistry.registry.store.Transactions;

/**
 * {@link Transactions} in the container: each write is a new JTA transaction on the active datasource (H2 or
 * PostgreSQL), so anything else enlisted in it (an audit entry, a Hibernate entity) commits or rolls back with it.
 */
@ApplicationScoped
public class JtaTransactions implements Transactions {
    private final AgroalDataSource dataSource;

    @Inject
    public JtaTransactions(@Any InjectableInstance<AgroalDataSource> dataSources) {
        this.dataSource = dataSources.getActive();
    }

    @Override
    public <T> T write(Function<RegistryStore, T> work) {
        return Transactions.retrying(() -> QuarkusTransaction.requiringNew().call(() -> withConnection(work)));
    }

    @Override
    public <T> T read(Function<RegistryStore, T> work) {
        return withConnection(work);
    }

    private <T> T withConnection(Function<RegistryStore, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(new JdbcRegistryStore(connection));
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
