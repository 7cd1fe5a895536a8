package org.contractregistry.registry.lineage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.VersionRecord;
import org.contractregistry.registry.store.JdbcRegistryStore;
import org.contractregistry.registry.store.SqlDialect;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The web UI's search queries (subjects, datasets, jobs whose name contains the text, any case) answer the same on H2
 * (a scan) and on PostgreSQL, where the trigram indexes of V80 and V180 serve them: the plan is checked to use them
 * (the subjects' one with V95's pending list, whose fresh rows the searches find too).
 */
class SearchQueriesTest {
    @Test
    void findsByCaseInsensitiveSubstringOnH2() throws SQLException {
        try (Connection connection = TestDatabases.h2().getConnection()) {
            assertSearches(connection, SqlDialect.H2);
        }
    }

    @Test
    void findsTheSameOnPostgresThroughTrigramIndexes() throws SQLException {
        try (TestDatabases.PgDatabase db = TestDatabases.postgres()) {
            DataSource dataSource = db.dataSource();
            TestDatabases.migrate(dataSource);
            try (Connection connection = dataSource.getConnection()) {
                // V95: new version rows go to a small pending list (cheap inserts), which the searches also read.
                assertThat(indexOptions(connection, "ix_registry_versions_subject_trgm"))
                        .contains("fastupdate=on", "gin_pending_list_limit=64");
                assertSearches(connection, SqlDialect.POSTGRESQL);
                try (Statement statement = connection.createStatement()) {
                    // Tiny tables: a scan is cheapest. Leave the planner bitmap scans only, which need an index
                    // condition; a plan naming the trigram index shows the index can serve the pattern.
                    statement.execute("SET enable_seqscan = off");
                    statement.execute("SET enable_indexscan = off");
                    statement.execute("SET enable_indexonlyscan = off");
                    statement.execute("ANALYZE");
                }
                assertThat(plan(connection, "SELECT subject FROM registry_subject_versions"
                        + " WHERE LOWER(subject) LIKE '%rder%' ESCAPE '!'")).contains("ix_registry_versions_subject_trgm");
                assertThat(plan(connection, "SELECT name FROM lineage_datasets d WHERE (LOWER(d.name) LIKE '%rder%'"
                        + " ESCAPE '!' OR LOWER(d.namespace) LIKE '%rder%' ESCAPE '!')"))
                        .contains("ix_lineage_datasets_name_trgm", "ix_lineage_datasets_namespace_trgm");
                assertThat(plan(connection, "SELECT name FROM lineage_jobs j WHERE (LOWER(j.name) LIKE '%rder%'"
                        + " ESCAPE '!' OR LOWER(j.namespace) LIKE '%rder%' ESCAPE '!')"))
                        .contains("ix_lineage_jobs_name_trgm", "ix_lineage_jobs_namespace_trgm");
            }
        }
    }

    private static void assertSearches(Connection connection, SqlDialect dialect) throws SQLException {
        for (String subject : List.of("Orders-value", "payments-value", "orders_100%-key", "refunds-value")) {
            insert(connection, "INSERT INTO registry_subject_versions VALUES ('', ?, 1, 1, FALSE, 0)", subject);
        }
        insert(connection, "INSERT INTO registry_subject_versions VALUES ('', ?, 1, 1, TRUE, 0)", "orders-deleted");
        for (String[] d : new String[][] {{"kafka://broker", "ORDERS"}, {"s3://orders-bucket", "raw/x"},
                {"kafka://broker", "payments"}}) {
            insert(connection, "INSERT INTO lineage_datasets (dataset_key, namespace, name, created_at, updated_at)"
                    + " VALUES (?, ?, ?, 0, 0)", d[0] + d[1], d[0], d[1]);
        }
        for (String[] j : new String[][] {{"airflow", "load_orders"}, {"spark", "payments"}}) {
            insert(connection, "INSERT INTO lineage_jobs (job_key, namespace, name, created_at, updated_at)"
                    + " VALUES (?, ?, ?, 0, 0)", j[0] + j[1], j[0], j[1]);
        }
        JdbcRegistryStore registry = new JdbcRegistryStore(connection, dialect);
        assertThat(registry.searchSubjects("ORDER", 0, 10).stream().map(VersionRecord::subject)
                .map(s -> s.name()).toList()).containsExactly("Orders-value", "orders_100%-key");
        assertThat(registry.countSubjects("order")).isEqualTo(2);
        assertThat(registry.searchSubjects("100%", 0, 10)).hasSize(1); // % is the text, not a wildcard
        assertThat(registry.countSubjects("_1")).isEqualTo(1);
        assertThat(registry.searchSubjects("order", 1, 10)).hasSize(1);

        LineageReader lineage = new LineageReader(new Sql(connection));
        assertThat(lineage.searchDatasets("orders", 0, 10).stream().map(Rows.DatasetRow::name).toList())
                .containsExactly("ORDERS", "raw/x"); // by name, then by namespace
        assertThat(lineage.countDatasets("ORDERS")).isEqualTo(2);
        assertThat(lineage.countDatasets("kafka")).isEqualTo(2);
        assertThat(lineage.searchJobs("Pay", 0, 10).stream().map(Rows.JobRow::name).toList())
                .containsExactly("payments");
        assertThat(lineage.countJobs("a")).isEqualTo(2);
        assertThat(lineage.countJobs("nothing-like-it")).isZero();
    }

    private static void insert(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<String> indexOptions(Connection connection, String index) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT unnest(reloptions) FROM pg_class WHERE relname = ?")) {
            statement.setString(1, index);
            List<String> options = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    options.add(rows.getString(1));
                }
            }
            return options;
        }
    }

    private static String plan(Connection connection, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("EXPLAIN " + query)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return String.join("\n", lines);
    }
}
