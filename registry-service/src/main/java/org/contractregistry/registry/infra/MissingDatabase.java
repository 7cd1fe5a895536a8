package org.contractregistry.registry.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * A PostgreSQL URL naming a database that does not exist (SQLSTATE 3D000): created when the configured user may create
 * databases, else a one-line start-up failure that names the database and how to create it, instead of a driver
 * stack trace.
 */
final class MissingDatabase {
    /** PostgreSQL's invalid_catalog_name: the database in the URL does not exist. */
    static final String NO_SUCH_DATABASE = "3D000";
    /** insufficient_privilege. */
    private static final String NOT_ALLOWED = "42501";

    /** A start-up failure whose message is the whole story: no stack trace. */
    static final class StartupFailure extends RuntimeException {
        StartupFailure(String message) {
            super(message, null, false, false);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    private MissingDatabase() {}

    static boolean isMissingDatabase(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && NO_SUCH_DATABASE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Creates the database of {@code jdbcUrl} through the server's {@code postgres} database, with the same user.
     *
     * @return the created database's name
     * @throws StartupFailure when the user may not create it, naming the database and the command that does
     */
    static String create(String jdbcUrl, String user, String password) {
        Properties url = Driver.parseURL(jdbcUrl, null);
        if (url == null) {
            throw new StartupFailure("REGISTRY_DB_URL is not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        String database = url.getProperty("PGDBNAME");
        String host = url.getProperty("PGHOST", "localhost");
        String port = url.getProperty("PGPORT", "5432");
        String admin = jdbcUrl.replaceFirst("^(jdbc:postgresql://[^/?]*)/[^?]*", "$1/postgres");
        try (Connection connection = DriverManager.getConnection(admin, user, password == null ? "" : password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
            return database;
        } catch (SQLException e) {
            String why = NOT_ALLOWED.equals(e.getSQLState()) ? "user '" + user + "' may not create databases"
                    : "it could not be created (" + e.getMessage().lines().findFirst().orElse("") + ")";
            throw new StartupFailure("PostgreSQL database '" + database + "' does not exist at " + host + ":" + port
                    + " and " + why + ": create it with `createdb -h " + host + " -p " + port + " -U <owner> "
                    + database + "` (or CREATE DATABASE \"" + database + "\"), or point REGISTRY_DB_URL at another");
        }
    }
}
