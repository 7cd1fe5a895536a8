package org.contractregistry.registry.infra;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import java.sql.Connection;
import java.sql.SQLException;
import org.contractregistry.registry.store.SchemaHistory;
import org.contractregistry.registry.store.StoreException;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Brings the active database's tables up to date before the service takes requests (a start-up observer runs before
 * the HTTP server listens). Flyway owns the migrations, but building it costs about a quarter of the main thread's
 * start-up even with nothing to migrate; so when its history table already holds exactly the bundled migrations,
 * all applied, Flyway is not started. Otherwise (a fresh database, a new or a failed migration) Flyway migrates and
 * validates as with {@code migrate-at-start}, which application.properties turns off.
 */
@ApplicationScoped
public class SchemaMigrations {
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class);

    void migrate(@Observes @Priority(0) StartupEvent event, @Any InjectableInstance<AgroalDataSource> dataSources,
            @Any InjectableInstance<Flyway> flyways) {
        if (isCurrent(dataSources.getActive())) {
            LOG.info("Database schema is current: Flyway not started");
            return;
        }
        flyways.getActive().migrate();
    }

    private static boolean isCurrent(AgroalDataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaHistory.isCurrent(connection);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
