package org.contractregistry.registry.store;

import org.contractregistry.registry.store.TestDatabases.PgDatabase;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test's own PostgreSQL database and one packaged instance over it, ready before each test and both gone after:
 * {@code @RegisterExtension final PackagedOnPostgres app = new PackagedOnPostgres("log-name");}.
 */
public final class PackagedOnPostgres implements BeforeEachCallback, AfterEachCallback {
    private final String logName;
    private PgDatabase database;
    private PackagedRegistry registry;

    public PackagedOnPostgres(String logName) {
        this.logName = logName;
    }

    public PgDatabase database() {
        return database;
    }

    public PackagedRegistry registry() {
        return registry;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        database = TestDatabases.postgres();
        registry = PackagedRegistry.start(database, logName).awaitReady();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (registry != null) {
            registry.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
