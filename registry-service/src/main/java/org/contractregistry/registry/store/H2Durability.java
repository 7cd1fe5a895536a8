package org.contractregistry.registry.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Makes every commit on embedded H2 reach the database file before it is acknowledged. H2's MVStore keeps committed
 * changes in memory and writes them out in the background {@code WRITE_DELAY} milliseconds later (500 by default), so a
 * {@code kill -9} inside that window loses registrations that were already answered with an id. With
 * {@code WRITE_DELAY} 0, each commit writes its chunk to the file (the operating system's page cache) before it
 * returns: the process may die at any moment after that. The setting is persistent in the database file; it is set at
 * every start so that a URL without it ({@code REGISTRY_H2_URL}) cannot bring the delay back; but keep
 * {@code ;WRITE_DELAY=0} in a custom URL: H2 opened with a delay starts background writer threads at open, and a commit
 * may then be handed to them. A URL that names
 * {@code WRITE_DELAY} itself is an operator's explicit choice (the benchmarks measure the cost that way) and is kept.
 */
public final class H2Durability {
    static final String SETTING = "WRITE_DELAY";

    private H2Durability() {}

    /**
     * Sets the write delay to 0 unless {@code url} (the configured one: H2's metadata drops the settings) names one;
     * returns the delay in force afterwards: 0, or the URL's.
     */
    public static int commitToFile(Connection connection, String url) {
        if (namesWriteDelay(url)) {
            String value = url.toUpperCase(Locale.ROOT).split(";" + SETTING + "=", 2)[1].split(";", 2)[0].trim();
            return Integer.parseInt(value);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET " + SETTING + " 0");
            return 0;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public static boolean namesWriteDelay(String url) {
        return url != null && url.toUpperCase(Locale.ROOT).contains(";" + SETTING + "=");
    }

    /**
     * Whether a process that opens this H2 URL is the database's only writer: an embedded file (or in-memory) database
     * is locked by the process that opened it, unless the URL lets others in ({@code AUTO_SERVER=TRUE}, or the lock
     * off with {@code FILE_LOCK=NO}); a server URL ({@code tcp:}, {@code ssl:}) is shared.
     */
    public static boolean soleWriter(String url) {
        if (url == null) {
            return false;
        }
        String upper = url.toUpperCase(Locale.ROOT).replace(" ", "");
        boolean embedded = upper.startsWith("JDBC:H2:") && !upper.startsWith("JDBC:H2:TCP:")
                && !upper.startsWith("JDBC:H2:SSL:");
        return embedded && !upper.contains(";AUTO_SERVER=TRUE") && !upper.contains(";FILE_LOCK=NO");
    }
}
