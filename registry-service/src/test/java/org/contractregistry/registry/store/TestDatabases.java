package org.contractregistry.registry.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/** Real databases for tests without Quarkus: a private in-memory H2, or a uniquely named PostgreSQL database. */
public final class TestDatabases {
    public static final String PG_HOST = System.getenv().getOrDefault("REGISTRY_TEST_PG_HOST", "127.0.0.1");
    public static final int PG_PORT = Integer.parseInt(System.getenv().getOrDefault("REGISTRY_TEST_PG_PORT", "5432"));
    public static final String PG_USER = System.getenv().getOrDefault("REGISTRY_TEST_PG_USER", "postgres");

    private TestDatabases() {}

    /** A fresh, migrated in-memory H2 database private to the caller. */
    public static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        migrate(dataSource);
        return dataSource;
    }

    /** The service's migrations: the portable ones, plus the PostgreSQL-only ones on PostgreSQL. */
    public static void migrate(DataSource dataSource) {
        SchemaHistory.migrate(dataSource,
                dataSource instanceof PGSimpleDataSource ? SqlDialect.POSTGRESQL : SqlDialect.H2);
    }

    /** A uniquely named PostgreSQL database, created now and dropped by {@link PgDatabase#close()}. */
    public static PgDatabase postgres() {
        String name = "registry_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(adminUrl(), PG_USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            if (ci) {
                throw new IllegalStateException("PostgreSQL at " + PG_HOST + ":" + PG_PORT
                        + " is required when CI=true: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL at " + PG_HOST + ":" + PG_PORT + " is unreachable (" + e.getMessage()
                    + "); skipping. Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start");
        }
        return new PgDatabase(name);
    }

    private static String adminUrl() {
        return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/postgres";
    }

    /** A test's own PostgreSQL database. */
    public static final class PgDatabase implements AutoCloseable {
        private final String name;

        PgDatabase(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + name;
        }

        public DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(jdbcUrl());
            dataSource.setUser(PG_USER);
            return dataSource;
        }

        /** Closes every session on this database from the server side, as a restart or an administrator would. */
        public int terminateSessions() {
            try (Connection admin = DriverManager.getConnection(adminUrl(), PG_USER, "");
                    Statement statement = admin.createStatement();
                    java.sql.ResultSet rs = statement.executeQuery("SELECT count(pg_terminate_backend(pid))"
                            + " FROM pg_stat_activity WHERE datname = '" + name + "'")) {
                rs.next();
                return rs.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not terminate the sessions on " + name, e);
            }
        }

        @Override
        public void close() {
            try (Connection admin = DriverManager.getConnection(adminUrl(), PG_USER, "");
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not drop test database " + name, e);
            }
        }
    }
}
