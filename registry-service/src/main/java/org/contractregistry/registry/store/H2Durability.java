package org.contractregistry.registry.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Makes every commit on embedded H2 reach the database file before it is acknowledged. H2's MVStore keeps committed
 * changes in memory and writes them out in the background {@code WRITE_DELAY} milliseconds later (500 by default), so a
 * {@code kill -9} inside that window loses registrations that were already answered with an id. With
 * {@code WRITE_DELAY} 0, each commit writes its chunk to the file (the operating system's page cache) before it
 * returns: the process may die at any moment after that. The setting is persistent in the database file; it is set at
 * every start so that a URL without it ({@code REGISTRY_H2_URL}) cannot bring the delay back. A URL that names
 * {@code WRITE_DELAY} itself is an operator's explicit choice (the benchmarks measure the cost that way) and is kept.
 */
public final class H2Durability {
    static final String SETTING = "WRITE_DELAY";

    private H2Durability() {}

    /**
     * Sets the write delay to 0 unless the URL chose one; returns the delay in force afterwards (0 unless chosen).
     */
    public static int commitToFile(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            int delay = writeDelay(statement);
            if (delay != 0 && !namesWriteDelay(connection.getMetaData().getURL())) {
                statement.execute("SET " + SETTING + " 0");
                delay = writeDelay(statement);
            }
            return delay;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    static boolean namesWriteDelay(String url) {
        return url != null && url.toUpperCase(Locale.ROOT).contains(";" + SETTING + "=");
    }

    private static int writeDelay(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = '" + SETTING + "'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1).trim()) : -1;
        }
    }
}
