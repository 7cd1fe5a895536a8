package org.contractregistry.registry.domain;

import java.time.Clock;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.metrics.RegistryMetrics;
import org.contractregistry.registry.store.JdbcTransactions;

/** The plain services wired over one database, as the Quarkus app wires them, for tests without Quarkus. */
record Registry(SchemaCatalog catalog, SettingsService settings, RegistrationService registrations,
        DeletionService deletions, CompatibilityService compatibility) {

    static Registry over(DataSource dataSource, Clock clock) {
        return over(dataSource, clock, RegistryMetrics.NONE);
    }

    static Registry over(DataSource dataSource, Clock clock, RegistryMetrics metrics) {
        SchemaCatalog catalog = new SchemaCatalog(new JdbcTransactions(dataSource),
                SchemaCatalog.DEFAULT_MAX_SCHEMA_BYTES, SchemaCatalog.DEFAULT_MAX_DRAFT_BYTES);
        SettingsService settings = new SettingsService(new JdbcTransactions(dataSource), RegistryDefaults.STANDARD);
        RegistrationService registrations = new RegistrationService(catalog, settings, clock, metrics);
        return new Registry(catalog, settings, registrations, new DeletionService(catalog, settings, metrics),
                new CompatibilityService(catalog, settings, metrics));
    }
}
