package org.contractregistry.registry.lineage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contractregistry.registry.lineage.store.EventWrites.dataset;
import static org.contractregistry.registry.lineage.store.EventWrites.run;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;
import org.contractregistry.lineage.drift.DriftFinding;
import org.contractregistry.lineage.drift.DriftKind;
import org.contractregistry.registry.lineage.store.EventWrite.DatasetState;
import org.contractregistry.registry.store.StoreException;
import org.contractregistry.registry.store.TestDatabases;
import org.contractregistry.registry.store.TestDatabases.PgDatabase;
import org.contractregistry.registry.store.Transactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL writes an event as one statement ({@link PgEventStatement}); the portable path ({@link LineageWriter})
 * writes it statement by statement in a transaction. The same events in the same order must leave the same rows.
 */
class PgEventStatementTest {
    private static final Map<String, String> TABLES = Map.of(
            "lineage_events", "event_kind, event_type, event_time, run_id, job_namespace, job_name, producer, payload,"
                    + " received_at",
            "lineage_jobs", "*", "lineage_runs", "*", "lineage_run_states", "run_id, state, event_time",
            "lineage_datasets", "*", "lineage_run_io", "*", "lineage_job_io", "*",
            "lineage_drift", "run_id, dataset_key, direction, subject, contract_version, kind, field_path,"
                    + " contract_type, observed_type, detected_at");
    private static final String KAFKA = "kafka://broker:9092";
    private static final Instant HOT_START = Instant.parse("2026-11-25T10:00:00Z");

    private final List<PgDatabase> databases = new ArrayList<>();

    @AfterEach
    void drop() {
        databases.forEach(PgDatabase::close);
    }

    @Test
    void oneStatementLeavesTheSameRowsAsStatementByStatement() throws SQLException {
        DataSource oneStatement = fresh();
        DataSource portable = fresh();
        for (EventWrite event : history()) {
            try (Connection connection = oneStatement.getConnection()) {
                new LineageStore(connection, true).writeEvent(event);
            }
            try (Connection connection = portable.getConnection()) {
                connection.setAutoCommit(false);
                new LineageStore(connection, false).writeEvent(event);
                connection.commit();
            }
        }
        for (String table : TABLES.keySet()) {
            assertThat(rows(oneStatement, table)).as(table).isNotEmpty().isEqualTo(rows(portable, table));
        }
        assertThat(rows(oneStatement, "lineage_runs")).anySatisfy(row -> assertThat(row)
                .contains("0190a3a2-7a34-7c2b-9d3e-000000000001").contains("COMPLETE"));
    }

    @Test
    void anEventThatFailsHalfWayStoresNothing() throws SQLException {
        DataSource db = fresh();
        EventWrite tooLong = tooLongSubject(UUID.randomUUID());
        try (Connection connection = db.getConnection()) {
            assertThatThrownBy(() -> new LineageStore(connection, true).writeEvent(tooLong))
                    .isInstanceOf(StoreException.class);
        }
        for (String table : TABLES.keySet()) {
            assertThat(rows(db, table)).as(table).isEmpty();
        }
    }

    @Test
    void concurrentWritersOfOneJobAndItsDatasetsFromTwoInstancesLoseNothing() throws Exception {
        DataSource db = fresh();
        writeConcurrently(hotJob(), event -> Transactions.retrying(() -> {
            try (Connection connection = db.getConnection()) {
                new LineageStore(connection, true).writeEvent(event);
                return null;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }));
        assertHotJobStored(db);
    }

    @Test
    void concurrentPostsCommittedTogetherLoseNothing() throws Exception {
        DataSource db = fresh();
        LineageDb lineage = new LineageDb(db);
        try {
            writeConcurrently(hotJob(), event -> {
                lineage.writeEvent(event);
                return null;
            });
        } finally {
            lineage.close();
        }
        assertHotJobStored(db);
    }

    @Test
    void severalEventsInOneTransactionLeaveTheSameRowsAsOneByOne() throws SQLException {
        DataSource together = fresh();
        DataSource oneByOne = fresh();
        List<EventWrite> events = new ArrayList<>(history());
        events.addAll(hotJob().subList(0, 12)); // runs of one shape: one JDBC batch each
        try (Connection connection = together.getConnection()) {
            connection.setAutoCommit(false);
            new LineageStore(connection, true).writeEvents(events);
            connection.commit();
        }
        for (EventWrite event : events) {
            try (Connection connection = oneByOne.getConnection()) {
                new LineageStore(connection, true).writeEvent(event);
            }
        }
        for (String table : TABLES.keySet()) {
            assertThat(rows(together, table)).as(table).isNotEmpty().isEqualTo(rows(oneByOne, table));
        }
    }

    @Test
    void aFailingEventFailsOnlyItselfWhenPostedWithOthers() throws Exception {
        DataSource db = fresh();
        List<EventWrite> events = new ArrayList<>(hotJob());
        for (int i = 0; i < 20; i++) {
            events.add(10 + i * 5, tooLongSubject(UUID.randomUUID()));
        }
        try (Connection connection = db.getConnection()) { // as one batch: all or nothing
            connection.setAutoCommit(false);
            LineageStore store = new LineageStore(connection, true);
            assertThatThrownBy(() -> store.writeEvents(events.subList(0, 12))).isInstanceOf(StoreException.class);
            connection.rollback();
        }
        assertThat(rows(db, "lineage_events")).isEmpty();

        LineageDb lineage = new LineageDb(db);
        List<Boolean> failed = Collections.synchronizedList(new ArrayList<>());
        try {
            writeConcurrently(events, event -> {
                try {
                    lineage.writeEvent(event);
                    failed.add(false);
                } catch (StoreException e) {
                    assertThat(event.datasets().get(0).state().subject()).hasSize(601);
                    failed.add(true);
                }
                return null;
            });
        } finally {
            lineage.close();
        }
        assertThat(failed).hasSize(140).filteredOn(f -> f).hasSize(20);
        assertHotJobStored(db);
    }

    /** 60 runs of one job, START and COMPLETE, shuffled: late STARTs after their COMPLETE, old runs after new ones. */
    private static List<EventWrite> hotJob() {
        List<EventWrite> events = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            UUID runId = UUID.randomUUID();
            List<String> in = List.of(dataset(KAFKA, "t1", "id:long"), dataset("file", "/in/" + (i % 3)));
            List<String> out = List.of(dataset("file", "/out/shared"));
            for (String type : List.of("START", "COMPLETE")) {
                String time = HOT_START.plusSeconds(i * 10L + (type.equals("START") ? 0 : 5)).toString();
                events.add(EventWrites.plan(run(type, runId, "hot", time, "parent", UUID.randomUUID(), in, out),
                        1L, Map.of("t1", List.of())));
            }
        }
        Collections.shuffle(events, new Random(7));
        return events;
    }

    private static void writeConcurrently(List<EventWrite> events, Function<EventWrite, Void> write)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (EventWrite event : events) {
                done.add(pool.submit(() -> write.apply(event)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void assertHotJobStored(DataSource db) throws SQLException {
        assertThat(rows(db, "lineage_events")).hasSize(120);
        assertThat(rows(db, "lineage_run_states")).hasSize(120);
        assertThat(single(db, "SELECT count(*) FROM lineage_runs WHERE state = 'COMPLETE' AND started_at IS NOT NULL"
                + " AND ended_at IS NOT NULL")).isEqualTo("60");
        long last = HOT_START.plusSeconds(595).toEpochMilli();
        assertThat(single(db, "SELECT latest_run_state || ' ' || latest_run_at FROM lineage_jobs WHERE name = 'hot'"))
                .isEqualTo("COMPLETE " + last);
        // t1 and /out/shared are read and written by every run, /in/2 by the last one too
        assertThat(single(db, "SELECT count(*) FROM lineage_job_io WHERE last_seen = " + last)).isEqualTo("3");
        assertThat(single(db, "SELECT count(*) FROM lineage_run_io")).isEqualTo("180");
    }

    /** A RunEvent of another job whose dataset row cannot be stored (subject over VARCHAR(600)). */
    private static EventWrite tooLongSubject(UUID runId) {
        EventWrite event = EventWrites.plan(run("START", runId, "bad", "2026-11-25T10:00:00Z", null, null,
                List.of(dataset(KAFKA, "t1", "id:long")), List.of()), 1L, Map.of());
        EventWrite.Builder tooLong = EventWrite.builder(event.event(), 1L, null, null);
        tooLong.dataset(event.datasets().get(0).dataset(), new DatasetState(null, null, "s".repeat(601), null, null,
                null)); // the dataset part comes after the job and run parts
        return tooLong.build();
    }

    /** One run seen START, RUNNING, COMPLETE and a late START; parents; a job and a dataset event; drift. */
    private static List<EventWrite> history() {
        UUID run1 = UUID.fromString("0190a3a2-7a34-7c2b-9d3e-000000000001");
        UUID run2 = UUID.fromString("0190a3a2-7a34-7c2b-9d3e-000000000002");
        UUID parentRun = UUID.fromString("0190a3a2-7a34-7c2b-9d3e-0000000000ff");
        String t1 = dataset(KAFKA, "t1", "id:long", "amount:string");
        String out = dataset("file", "/out/o1", "id:long");
        List<DriftFinding> typeMismatch = List.of(new DriftFinding(DriftKind.TYPE_MISMATCH, "amount", "double",
                "string"));
        List<DriftFinding> two = List.of(new DriftFinding(DriftKind.EXTRA_FIELD, "y", "", "int"),
                new DriftFinding(DriftKind.MISSING_FIELD, "x", "x".repeat(300), ""));
        return List.of(
                EventWrites.plan(run("START", run1, "a", "2026-11-25T10:00:00Z", "dag", parentRun, List.of(t1),
                        List.of(out)), 100L, Map.of("t1", typeMismatch)),
                EventWrites.plan(run("RUNNING", run1, "a", "2026-11-25T10:01:00Z", null, null,
                        List.of(t1, dataset(KAFKA, "t1")), List.of(t1)), 101L, Map.of("t1", List.of())),
                EventWrites.plan(run("COMPLETE", run1, "a", "2026-11-25T10:02:00Z", "dag", parentRun, List.of(t1),
                        List.of(out)), 102L, Map.of("t1", two)),
                EventWrites.plan(run("START", run1, "a", "2026-11-25T10:00:00Z", null, null, List.of(t1),
                        List.of()), 103L, Map.of()), // late duplicate START
                EventWrites.plan(run("START", run2, "a", "2026-11-25T09:00:00Z", null, null, List.of(t1),
                        List.of(out)), 104L, Map.of("t1", typeMismatch)), // an older run, reported late
                EventWrites.plan(run("START", parentRun, "dag", "2026-11-25T09:59:00Z", "dag", parentRun, List.of(),
                        List.of()), 105L, Map.of()), // its own parent: job and run
                EventWrites.plan(EventWrites.jobEvent("a", "2026-11-25T11:00:00Z", List.of(t1,
                        dataset("file", "/in/new"))), 106L, Map.of()),
                EventWrites.plan(EventWrites.datasetEvent("2026-11-25T12:00:00Z", dataset("file", "/out/o1")), 107L,
                        Map.of()));
    }

    private DataSource fresh() {
        PgDatabase database = TestDatabases.postgres();
        databases.add(database);
        DataSource dataSource = database.dataSource();
        TestDatabases.migrate(dataSource);
        return dataSource;
    }

    /** Every row of a table as text (without generated ids), sorted. */
    private static List<String> rows(DataSource db, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + TABLES.get(table) + " FROM " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(meta.getColumnName(i)).append('=').append(rows.getString(i)).append(' ');
                }
                out.add(row.toString());
            }
        }
        Collections.sort(out);
        return out;
    }

    private static String single(DataSource db, String query) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
