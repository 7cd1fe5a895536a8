package org.contractregistry.registry.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.metrics.RegistryMetrics;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.CallerSource;
import org.contractregistry.registry.domain.audit.AuditTrail;
import org.contractregistry.registry.store.JdbcAuditTrail;
import org.contractregistry.registry.store.JdbcTransactions;
import org.contractregistry.registry.store.SqlDialect;

/**
 * The plain services wired over one database, as the Quarkus app wires them, for tests without Quarkus: on H2 (each
 * test's own, opened by this process alone) the transactions say they are the sole writer, so reads keep copies of
 * subject states ({@link SubjectStates}) as the embedded service does; on PostgreSQL they do not.
 */
record Registry(SchemaCatalog catalog, SettingsService settings, RegistrationService registrations,
        DeletionService deletions, CompatibilityService compatibility) {

    static Registry over(DataSource dataSource, Clock clock) {
        return over(dataSource, clock, RegistryMetrics.NONE);
    }

    static Registry over(DataSource dataSource, Clock clock, RegistryMetrics metrics) {
        return over(new JdbcTransactions(dataSource, AuditTrail.NONE, CallerSource.SYSTEM, isH2(dataSource)), clock,
                metrics, CallerSource.SYSTEM);
    }

    /** As {@link #over(DataSource, Clock)}, saying explicitly whether the transactions are the sole writer. */
    static Registry over(DataSource dataSource, Clock clock, boolean soleWriter) {
        return over(new JdbcTransactions(dataSource, AuditTrail.NONE, CallerSource.SYSTEM, soleWriter), clock,
                RegistryMetrics.NONE, CallerSource.SYSTEM);
    }

    /** Writes append their audit entries, as the caller the source gives. */
    static Registry audited(DataSource dataSource, Clock clock, CallerSource callers) {
        return over(new JdbcTransactions(dataSource, new JdbcAuditTrail(clock), callers, isH2(dataSource)), clock,
                RegistryMetrics.NONE, callers);
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return SqlDialect.of(connection) == SqlDialect.H2;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Registry over(JdbcTransactions transactions, Clock clock, RegistryMetrics metrics,
            CallerSource callers) {
        SchemaCatalog catalog = new SchemaCatalog(transactions, SchemaCatalog.DEFAULT_MAX_SCHEMA_BYTES,
                SchemaCatalog.DEFAULT_MAX_DRAFT_BYTES);
        SettingsService settings = new SettingsService(transactions, RegistryDefaults.STANDARD);
        AccessControl access = AccessControl.permitAll(callers);
        RegistrationService registrations = new RegistrationService(catalog, settings, clock, metrics, access);
        return new Registry(catalog, settings, registrations, new DeletionService(catalog, settings, metrics, access),
                new CompatibilityService(catalog, settings, metrics));
    }
}
