package org.contractregistry.registry.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;

/** {@link Transactions} with plain JDBC commit/rollback, for use outside a container (tools, tests). */
public final class JdbcTransactions implements Transactions {
    private final DataSource dataSource;

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T write(Function<RegistryStore, T> work) {
        return Transactions.retrying(() -> once(work, false));
    }

    @Override
    public <T> T read(Function<RegistryStore, T> work) {
        return once(work, true);
    }

    private <T> T once(Function<RegistryStore, T> work, boolean readOnly) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(readOnly);
            try {
                T result = work.apply(new JdbcRegistryStore(connection));
                if (!readOnly) {
                    connection.commit();
                }
                return result;
            } catch (RuntimeException | Error e) {
                if (!readOnly) {
                    connection.rollback();
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
