package org.contractregistry.registry.domain;

import java.time.Clock;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.metrics.RegistryMetrics;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.CallerSource;
import org.contractregistry.registry.store.JdbcAuditTrail;
import org.contractregistry.registry.store.JdbcTransactions;

/** The plain services wired over one database, as the Quarkus app wires them, for tests without Quarkus. */
record Registry(SchemaCatalog catalog, SettingsService settings, RegistrationService registrations,
        DeletionService deletions, CompatibilityService compatibility) {

    static Registry over(DataSource dataSource, Clock clock) {
        return over(new JdbcTransactions(dataSource), clock, RegistryMetrics.NONE, CallerSource.SYSTEM);
    }

    static Registry over(DataSource dataSource, Clock clock, RegistryMetrics metrics) {
        return over(new JdbcTransactions(dataSource), clock, metrics, CallerSource.SYSTEM);
    }

    /** Writes append their audit entries, as the caller the source gives. */
    static Registry audited(DataSource dataSource, Clock clock, CallerSource callers) {
        return over(new JdbcTransactions(dataSource, new JdbcAuditTrail(clock), callers), clock, RegistryMetrics.NONE,
                callers);
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
