package org.contractregistry.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** A PostgreSQL URL naming a database that does not exist, on the machine's real PostgreSQL. */
class MissingDatabaseTest {
    private static final String SERVER = "jdbc:postgresql://" + TestDatabases.PG_HOST + ":" + TestDatabases.PG_PORT;

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "/postgres", TestDatabases.PG_USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void aMissingDatabaseIsRecognisedAndCreatedWhenTheUserMay() throws Exception {
        TestDatabases.postgres().close(); // skips (or fails under CI=true) without PostgreSQL
        String name = "registry_missing_" + UUID.randomUUID().toString().substring(0, 8);
        String url = SERVER + "/" + name + "?ApplicationName=registry";
        SQLException missing = null;
        try (Connection ignored = DriverManager.getConnection(url, TestDatabases.PG_USER, "")) {
            // not reached
        } catch (SQLException e) {
            missing = e;
        }
        assertThat(MissingDatabase.isMissingDatabase(missing)).isTrue();
        try {
            assertThat(MissingDatabase.create(url, TestDatabases.PG_USER, "")).isEqualTo(name);
            try (Connection c = DriverManager.getConnection(url, TestDatabases.PG_USER, "")) {
                assertThat(c.isValid(5)).isTrue();
            }
        } finally {
            admin("DROP DATABASE IF EXISTS " + name);
        }
    }

    @Test
    void aUserWhoMayNotCreateItGetsOneLineNamingTheDatabaseAndTheCommand() throws Exception {
        TestDatabases.postgres().close();
        String role = "registry_nocreate_" + UUID.randomUUID().toString().substring(0, 8);
        String name = "registry_missing_" + UUID.randomUUID().toString().substring(0, 8);
        admin("CREATE ROLE " + role + " LOGIN NOCREATEDB");
        try {
            assertThatThrownBy(() -> MissingDatabase.create(SERVER + "/" + name, role, ""))
                    .isInstanceOf(MissingDatabase.StartupFailure.class)
                    .hasMessageContaining("PostgreSQL database '" + name + "' does not exist")
                    .hasMessageContaining("user '" + role + "' may not create databases")
                    .hasMessageContaining("createdb -h " + TestDatabases.PG_HOST)
                    .satisfies(e -> {
                        assertThat(e.getMessage()).doesNotContain("\n");
                        assertThat(e.getStackTrace()).isEmpty();
                    });
        } finally {
            admin("DROP ROLE IF EXISTS " + role);
        }
    }
}
