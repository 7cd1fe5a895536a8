package org.contractregistry.registry.domain;

import java.time.Clock;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.CallerSource;
import org.contractregistry.registry.store.JdbcAuditTrail;
import org.contractregistry.registry.store.JdbcTransactions;

/** The plain services wired over one database, as the Quarkus app wires them, for tests without Quarkus. */
record Registry(SchemaCatalog catalog, SettingsService settings, RegistrationService registrations,
        DeletionService deletions, CompatibilityService compatibility) {

    static Registry over(DataSource dataSource, Clock clock) {
        return over(new JdbcTransactions(dataSource), clock, CallerSource.SYSTEM);
    }

    /** Writes append their audit entries, as the caller the source gives. */
    static Registry audited(DataSource dataSource, Clock clock, CallerSource callers) {
        return over(new JdbcTransactions(dataSource, new JdbcAuditTrail(clock), callers), clock, callers);
    }

    private static Registry over(JdbcTransactions transactions, Clock clock, CallerSource callers) {
        SchemaCatalog catalog = new SchemaCatalog(transactions, 1000, SchemaCatalog.DEFAULT_MAX_DRAFT_CHARS);
        SettingsService settings = new SettingsService(transactions, RegistryDefaults.STANDARD);
        RegistrationService registrations = new RegistrationService(catalog, settings, clock, callers);
        return new Registry(catalog, settings, registrations, new DeletionService(catalog, settings),
                new CompatibilityService(catalog, settings));
    }
}
