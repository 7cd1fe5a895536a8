package org.contractregistry.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class ExpectedFlywayWarningsTest {
    private static boolean shown(String logger, String message) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setLoggerName(logger);
        return new ExpectedFlywayWarnings().isLoggable(record);
    }

    @Test
    void theTwoExpectedFlywayWarningsAreDroppedAndNothingElse() {
        assertThat(shown("org.flywaydb.core.internal.database.base.Database", "Using H2 2.4.240 which is newer than"
                + " the version Flyway has been verified with. The latest verified version of H2 is 2.3.232.")).isFalse();
        assertThat(shown("org.flywaydb.core.internal.command.DbMigrate",
                "outOfOrder mode is active. Migration of schema \"PUBLIC\" may not be reproducible.")).isFalse();
        assertThat(shown("org.flywaydb.core.internal.command.DbMigrate", "Migrating schema \"PUBLIC\" to version 1"))
                .isTrue();
        assertThat(shown("org.contractregistry.Anything", "outOfOrder mode is active")).isTrue();
    }
}
