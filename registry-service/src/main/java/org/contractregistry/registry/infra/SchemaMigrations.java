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
import javax.sql.DataSource;
import org.contractregistry.registry.store.H2Durability;
import org.contractregistry.registry.store.SchemaHistory;
import org.contractregistry.registry.store.SqlDialect;
import org.contractregistry.registry.store.StoreException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Brings the active database's tables up to date before the service takes requests (a start-up observer runs before
 * the HTTP server listens). Flyway owns the migrations, but building it costs about a sixth of the main thread's
 * start-up even with nothing to migrate; so when its history table already holds exactly the bundled migrations, all
 * applied, Flyway is not built. Otherwise (a fresh database, a new or a failed migration) Flyway migrates and
 * validates as usual ({@link SchemaHistory#migrate}). Quarkus's own Flyway start-up is off in application.properties:
 * it builds Flyway whether or not there is anything to do. On H2 it first makes commits durable
 * ({@link H2Durability}).
 */
@ApplicationScoped
public class SchemaMigrations {
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class);

    void migrate(@Observes @Priority(0) StartupEvent event, @Any InjectableInstance<AgroalDataSource> dataSources,
            @ConfigProperty(name = "quarkus.datasource.h2.jdbc.url") String h2Url) {
        DataSource dataSource = dataSources.getActive();
        SqlDialect dialect;
        try (Connection connection = connect(dataSource)) {
            dialect = SqlDialect.of(connection);
            int writeDelay = dialect == SqlDialect.H2 ? H2Durability.commitToFile(connection, h2Url) : 0;
            if (dialect == SqlDialect.H2 && !h2Url.contains(":mem:") && !H2Durability.namesWriteDelay(h2Url)) {
                LOG.warn("The H2 URL lacks ;WRITE_DELAY=0: set now, but add it to REGISTRY_H2_URL so that no commit is"
                        + " ever written in the background (a kill -9 would lose it)");
            }
            if (writeDelay != 0) {
                LOG.warnf("H2 WRITE_DELAY is %d ms (the URL chose it): a kill -9 loses the writes of the last %d ms",
                        writeDelay, writeDelay);
            }
            if (SchemaHistory.isCurrent(connection, dialect)) {
                LOG.info("Database schema is current: Flyway not started");
                return;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        SchemaHistory.migrate(dataSource, dialect);
    }

    /** A PostgreSQL database that does not exist is created when the user may, else start-up ends with one line. */
    private static Connection connect(DataSource dataSource) throws SQLException {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            if (!MissingDatabase.isMissingDatabase(e)) {
                throw e;
            }
        }
        Config config = ConfigProvider.getConfig();
        String created = MissingDatabase.create(config.getValue("quarkus.datasource.pg.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.pg.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.pg.password", String.class).orElse(""));
        LOG.infof("PostgreSQL database '%s' did not exist: created it", created);
        return dataSource.getConnection();
    }
}
