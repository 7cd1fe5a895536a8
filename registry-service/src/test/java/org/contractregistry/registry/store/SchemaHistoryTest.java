package org.contractregistry.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchemaHistoryTest {
    private static final Pattern VERSIONED = Pattern.compile("V([0-9_]+)__.*\\.sql");

    @Test
    void theBundledListsAreTheMigrationFiles() throws IOException {
        assertThat(SchemaHistory.PORTABLE).containsExactlyInAnyOrderElementsOf(versionsIn("db/migration"));
        assertThat(SchemaHistory.POSTGRESQL_ONLY).containsExactlyInAnyOrderElementsOf(versionsIn("db/postgresql"));
    }

    @Test
    void anEmptyDatabaseIsNotCurrentAMigratedOneIs() throws SQLException {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:schema-history-empty;DB_CLOSE_DELAY=-1");
        assertThat(current(empty)).isFalse();
        assertThat(current(TestDatabases.h2())).isTrue();
    }

    @Test
    void aFailedOrUnknownMigrationIsNotCurrent() throws SQLException {
        DataSource failed = TestDatabases.h2();
        execute(failed, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '100'");
        assertThat(current(failed)).isFalse();
        DataSource newer = TestDatabases.h2();
        execute(newer, "UPDATE \"flyway_schema_history\" SET \"version\" = '101' WHERE \"version\" = '100'");
        assertThat(current(newer)).isFalse();
    }

    @Test
    void onPostgresItsOwnMigrationsCountToo() throws SQLException {
        try (TestDatabases.PgDatabase database = TestDatabases.postgres()) {
            DataSource dataSource = database.dataSource();
            assertThat(current(dataSource)).isFalse();
            TestDatabases.migrate(dataSource);
            assertThat(current(dataSource)).isTrue();
            execute(dataSource, "DELETE FROM flyway_schema_history WHERE version = '1.1'");
            assertThat(current(dataSource)).isFalse();
        }
    }

    private static boolean current(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaHistory.isCurrent(connection, SqlDialect.of(connection));
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Flyway's version of each versioned migration file in a resource folder: V1_1__x.sql is "1.1". */
    private static List<String> versionsIn(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", folder))) {
            return files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.'))
                    .toList();
        }
    }
}
