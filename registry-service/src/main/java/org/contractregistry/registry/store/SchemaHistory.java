package org.contractregistry.registry.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * What Flyway has applied to a database, read from its history table without starting Flyway; the migrations this
 * build bundles ({@code SchemaHistoryTest} keeps the lists equal to the files), and Flyway run over them.
 */
public final class SchemaHistory {
    /** db/migration: both databases. */
    static final List<String> PORTABLE = List.of("1", "2", "3", "10", "20", "21", "100", "160", "190");
    /** db/postgresql: PostgreSQL only. */
    static final List<String> POSTGRESQL_ONLY = List.of("1.1", "1.2", "80", "90", "95", "96", "180");
    private static final String HISTORY = "flyway_schema_history";

    private SchemaHistory() {
    }

    /**
     * Runs Flyway over the bundled migrations for this database (db/migration, and db/postgresql on PostgreSQL), out
     * of order: registry migrations numbered below lineage's V100 still apply to databases already past it.
     */
    public static void migrate(DataSource dataSource, SqlDialect dialect) {
        String[] locations = dialect == SqlDialect.POSTGRESQL
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
        Flyway.configure().dataSource(dataSource).locations(locations).outOfOrder(true).load().migrate();
    }

    /** The versions of the migrations this build bundles for a database. */
    public static Set<String> bundled(SqlDialect dialect) {
        Set<String> versions = new HashSet<>(PORTABLE);
        if (dialect == SqlDialect.POSTGRESQL) {
            versions.addAll(POSTGRESQL_ONLY);
        }
        return versions;
    }

    /**
     * Whether the database holds exactly the bundled migrations, each applied successfully: then there is nothing for
     * Flyway to do. A missing history table, a failed or missing migration, or one this build does not know is
     * {@code false}, and Flyway decides (it migrates, or refuses with its own message).
     */
    public static boolean isCurrent(Connection connection, SqlDialect dialect) {
        Set<String> applied = new HashSet<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), HISTORY, null)) {
            if (!tables.next()) {
                return false;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT \"version\", \"success\" FROM \"" + HISTORY + "\""
                        + " WHERE \"version\" IS NOT NULL")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                applied.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        return applied.equals(bundled(dialect));
    }
}
