package org.contractregistry.registry.infra;

import io.quarkus.logging.LoggingFilter;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops two Flyway start-up warnings that are expected here, so a new user does not take them for a problem (console
 * filter {@code expected-flyway-warnings} in application.properties):
 * <ul>
 *   <li>"Using H2 2.4.x which is newer than the version Flyway has been verified with": the H2 version comes with the
 *       Quarkus BOM and the migrations are run on it by every test;</li>
 *   <li>"outOfOrder mode is active ... may not be reproducible": on purpose. Registry migrations (V1..V99) may arrive
 *       after lineage's (V100+) on an existing database, and each is independent of the other range
 *       (store/SchemaHistory).</li>
 * </ul>
 * Every other Flyway message, warnings included, is logged as before.
 */
@LoggingFilter(name = "expected-flyway-warnings")
public final class ExpectedFlywayWarnings implements Filter {
    private static final List<String> EXPECTED = List.of("which is newer than the version Flyway has been verified with",
            "outOfOrder mode is active");

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLoggerName() == null || !record.getLoggerName().startsWith("org.flywaydb")) {
            return true;
        }
        String message = record.getMessage();
        return message == null || EXPECTED.stream().noneMatch(message::contains);
    }
}
