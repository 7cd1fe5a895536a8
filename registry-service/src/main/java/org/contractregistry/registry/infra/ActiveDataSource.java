package org.contractregistry.registry.infra;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.contractregistry.registry.store.JdbcTransactions;
import org.contractregistry.registry.store.Transactions;

/**
 * The datasource chosen at run time (H2 or PostgreSQL) and the registry's transactions over it, timed. Writes are local JDBC
 * transactions (Agroal's JTA integration is off, see application.properties): one connection, one commit.
 */
@ApplicationScoped
public class ActiveDataSource {

    @Produces
    @Singleton
    Transactions transactions(@Any InjectableInstance<AgroalDataSource> dataSources, MeterRegistry registry) {
        return new TimedTransactions(new JdbcTransactions(dataSources.getActive()), registry);
    }
}
