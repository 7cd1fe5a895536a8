package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.contractregistry.registry.store.CountingDataSource;
import org.contractregistry.registry.store.TestDatabases;
import org.contractregistry.registry.store.TestDatabases.PgDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Persistence and concurrency on a real PostgreSQL database of the test's own. Two {@link Registry} objects stand
 * for two instances: separate caches, one database.
 */
class PostgresRegistryTest {
    private static final int WRITERS = 32;

    private PgDatabase database;
    private DataSource dataSource;

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.postgres();
        dataSource = database.dataSource();
        TestDatabases.migrate(dataSource);
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private static String schema(int n) {
        return "{\"type\":\"record\",\"name\":\"R" + n + "\",\"fields\":[{\"name\":\"f\",\"type\":\"int\"}]}";
    }

    @Test
    void dataSurvivesANewInstanceOverTheSameDatabase() {
        Registry first = Registry.over(dataSource, Clock.systemUTC());
        SubjectVersionView view = first.registrations().register(QualifiedSubject.parse("kept"),
                SchemaDraft.of(schema(1), null), false, false);
        Registry second = Registry.over(dataSource, Clock.systemUTC());
        assertThat(second.catalog().schemaById(".", view.schema().id()).text()).isEqualTo(view.schema().text());
        assertThat(second.catalog().version(QualifiedSubject.parse("kept"), VersionSpec.LATEST, false)
                .version().version()).isEqualTo(1);
    }

    /**
     * PostgreSQL is shared by instances: a check on one instance right after a registration or a config change on
     * another judges against it (no instance keeps a copy of the subject's state there).
     */
    @Test
    void aCheckOnOneInstanceSeesWritesOfAnother() {
        Registry checking = Registry.over(dataSource, Clock.systemUTC());
        Registry writing = Registry.over(dataSource, Clock.systemUTC());
        QualifiedSubject subject = SubjectStatesTest.SUBJECT;
        SubjectStatesTest.register(writing, SubjectStatesTest.V1);
        SchemaDraft needsNote = SchemaDraft.of(SubjectStatesTest.NEEDS_NOTE, null);
        assertThat(checking.compatibility().check(subject, VersionSpec.LATEST, needsNote, false, false).compatible())
                .isFalse();
        SubjectStatesTest.register(writing, SubjectStatesTest.V2);
        assertThat(checking.compatibility().check(subject, VersionSpec.LATEST, needsNote, false, false).compatible())
                .isTrue();
        // Without id: V2's readers need it (not FORWARD), but it reads V2's data (BACKWARD, the default).
        SchemaDraft dropsId = SchemaDraft.of("{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":"
                + "\"note\",\"type\":\"string\",\"default\":\"\"}]}", null);
        assertThat(checking.compatibility().check(subject, VersionSpec.LATEST, dropsId, false, false).compatible())
                .isTrue();
        writing.settings().putConfig(subject, Json.MAPPER.createObjectNode().put("compatibility", "FORWARD"));
        assertThat(checking.compatibility().check(subject, VersionSpec.LATEST, dropsId, false, false).compatible())
                .isFalse();
        assertThat(checking.registrations().lookup(subject, SchemaDraft.of(SubjectStatesTest.V2, null), false, false)
                .version().version()).isEqualTo(2);
    }

    /** Registration's PostgreSQL paths send several statements in one round trip: each must still take effect. */
    @Test
    void referencesMetadataSettingsAndModesTakeEffectOnPostgres() {
        Registry registry = Registry.over(dataSource, Clock.systemUTC());
        QualifiedSubject base = QualifiedSubject.parse("base");
        QualifiedSubject user = QualifiedSubject.parse("user");
        QualifiedSubject tenant = QualifiedSubject.parse(":.tenant:t");
        SubjectVersionView baseView = registry.registrations().register(base, SchemaDraft.of(schema(1), null), false,
                false);
        String referring = "{\"type\":\"record\",\"name\":\"U\",\"fields\":[{\"name\":\"r\",\"type\":\"R1\"}]}";
        SchemaDraft draft = new SchemaDraft(referring, null,
                List.of(new SchemaReference("R1", ":.:base", 1), new SchemaReference("R1b", ":.:base", 1)),
                Json.MAPPER.createObjectNode().set("properties", Json.MAPPER.createObjectNode().put("owner", "team-a")),
                null, null, null);
        SubjectVersionView userView = registry.registrations().register(user, draft, false, false);

        Registry other = Registry.over(dataSource, Clock.systemUTC());
        StoredSchema stored = other.catalog().schemaById(".", userView.schema().id());
        assertThat(stored.references()).extracting(SchemaReference::name).containsExactly("R1", "R1b");
        assertThat(stored.metadata().path("properties").path("owner").asText()).isEqualTo("team-a");
        assertThat(other.catalog().referencedBy(base, VersionSpec.LATEST, false))
                .containsExactly(userView.schema().id());
        assertThat(List.of(baseView.schema().id(), userView.schema().id())).containsExactly(1, 2);
        assertThat(registry.registrations().register(tenant, SchemaDraft.of(schema(5), null), false, false)
                .schema().id()).as("the tenant context has its own ids").isEqualTo(1);

        String incompatible = "{\"type\":\"record\",\"name\":\"R1\",\"fields\":[{\"name\":\"g\",\"type\":\"int\"}]}";
        assertThatThrownBy(() -> other.registrations().register(base, SchemaDraft.of(incompatible, null), false, false))
                .isInstanceOfSatisfying(RegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INCOMPATIBLE_SCHEMA));
        registry.settings().putConfig(base, Json.MAPPER.createObjectNode().put("compatibility", "NONE"));
        assertThat(other.registrations().register(base, SchemaDraft.of(incompatible, null), false, false)
                .version().version()).isEqualTo(2);
        registry.settings().putMode(QualifiedSubject.contextScope(".tenant"), "READONLY", false);
        assertThatThrownBy(() -> other.registrations().register(tenant, SchemaDraft.of(schema(3), null), false, true))
                .isInstanceOfSatisfying(RegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.OPERATION_NOT_PERMITTED));
    }

    /** A version of a record that adds a field with a default each time (BACKWARD compatible with the ones before). */
    private static String evolving(int fields) {
        StringBuilder text = new StringBuilder("{\"type\":\"record\",\"name\":\"E\",\"fields\":[");
        for (int i = 0; i <= fields; i++) {
            text.append(i == 0 ? "" : ",").append("{\"name\":\"f").append(i).append("\",\"type\":\"int\",\"default\":0}");
        }
        return text.append("]}").toString();
    }

    /**
     * The registration path stays 4 round trips (the id for the content; then lock and read, insert, commit), with
     * and without data-contract config: the read before the write layers the config it already has and guesses the
     * inherited documents from the latest version this instance saw. A known schema is 3 (no insert). Measured in the
     * steady state: the latest version's schema is in this instance's cache (a registration does not cache the schema
     * it inserts; the next one on the instance loads it once, as before). Not counted: the copy of the settings
     * tables each instance reads once a second ({@code recentInForce}).
     */
    @Test
    void registrationStaysFourRoundTripsWithDataContractConfig() {
        CountingDataSource counting = new CountingDataSource(dataSource);
        Registry registry = Registry.over(counting.dataSource(), Clock.systemUTC());
        QualifiedSubject plain = QualifiedSubject.parse("plain");
        QualifiedSubject governed = QualifiedSubject.parse("governed");
        registry.registrations().register(plain, SchemaDraft.of(evolving(0), null), false, false);
        registry.catalog().version(plain, VersionSpec.LATEST, false);
        assertThat(trips(counting, () -> registry.registrations().register(plain,
                SchemaDraft.of(evolving(1), null), false, false))).hasSize(4);

        registry.settings().putConfig(governed, (com.fasterxml.jackson.databind.node.ObjectNode) Json.read(
                "{\"defaultMetadata\":{\"properties\":{\"owner\":\"platform\"}},\"compatibilityGroup\":\"major\","
                        + "\"validateFields\":true}"));
        registry.registrations().register(governed, new SchemaDraft(evolving(0), null, List.of(),
                Json.read("{\"properties\":{\"major\":\"1\"}}"), null, null, null), false, false);
        registry.catalog().version(governed, VersionSpec.LATEST, false);
        SubjectVersionView[] v2 = new SubjectVersionView[1];
        assertThat(trips(counting, () -> v2[0] = registry.registrations().register(governed,
                SchemaDraft.of(evolving(1), null), false, false))).hasSize(4);
        assertThat(v2[0].schema().metadata()).isEqualTo(Json.read(
                "{\"properties\":{\"major\":\"1\",\"owner\":\"platform\"}}"));
        registry.catalog().version(governed, VersionSpec.LATEST, false);
        assertThat(trips(counting, () -> assertThat(registry.registrations().register(governed,
                SchemaDraft.of(evolving(1), null), false, false).schema().id()).isEqualTo(v2[0].schema().id())))
                .hasSize(3);
    }

    /**
     * A lookup on an instance that has cached none of the subject's schemas (a registry of 100,000 subjects outgrows
     * the cache) is one round trip: the subject's state and a probe of its newest versions for the draft's texts
     * together. It used to read each version newer than the match on its own (two statements each). A draft with
     * references has no probe: its schemas are read in one more trip, newest first, 16 at a time.
     */
    @Test
    void aLookupOnAColdInstanceIsOneRoundTrip() {
        QualifiedSubject subject = QualifiedSubject.parse("looked-up");
        Registry writer = Registry.over(dataSource, Clock.systemUTC());
        for (int v = 0; v < 20; v++) {
            writer.registrations().register(subject, SchemaDraft.of(evolving(v), null), false, false);
        }
        CountingDataSource counting = new CountingDataSource(dataSource);
        Registry cold = Registry.over(counting.dataSource(), Clock.systemUTC());
        for (int v : new int[] {19, 2, 10}) {
            SubjectVersionView[] found = new SubjectVersionView[1];
            List<String> trips = trips(counting, () -> found[0] = cold.registrations().lookup(subject,
                    SchemaDraft.of(evolving(v), null), false, false));
            assertThat(found[0].version().version()).isEqualTo(v + 1);
            // version 3 is older than the probe's 16 (5 to 20): its schema is read in one more trip
            assertThat(trips).hasSize(v == 2 ? 2 : 1);
        }
    }

    /**
     * The probe finds by the text's digest (V96) what a comparison of every version would: of two versions with the
     * draft's text (without and with metadata) the newest, and a version whose references the draft writes inline.
     * On a cold instance each time, so that the probe, not the cache, answers.
     */
    @Test
    void aLookupFindsTheNewestHolderAndInlinedReferencesOnPostgres() {
        Registry writer = Registry.over(dataSource, Clock.systemUTC());
        QualifiedSubject subject = QualifiedSubject.parse("twice");
        writer.registrations().register(subject, SchemaDraft.of(evolving(0), null), false, false);
        writer.registrations().register(subject, SchemaDraft.of(evolving(1), null), false, false);
        writer.registrations().register(subject, new SchemaDraft(evolving(0), null, List.of(),
                Json.read("{\"properties\":{\"owner\":\"payments\"}}"), null, null, null), false, false);
        assertThat(Registry.over(dataSource, Clock.systemUTC()).registrations().lookup(subject,
                SchemaDraft.of(evolving(0), null), false, false).version().version()).isEqualTo(3);

        String inner = "{\"type\":\"record\",\"name\":\"Inner\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}";
        writer.registrations().register(QualifiedSubject.parse("inner"), SchemaDraft.of(inner, null), false, false);
        QualifiedSubject outer = QualifiedSubject.parse("outer");
        SubjectVersionView referencing = writer.registrations().register(outer, new SchemaDraft(
                "{\"type\":\"record\",\"name\":\"Outer\",\"fields\":[{\"name\":\"i\",\"type\":\"Inner\"}]}", null,
                List.of(new SchemaReference("Inner", "inner", 1)), null, null, null, null), false, false);
        String inlined = "{\"type\":\"record\",\"name\":\"Outer\",\"fields\":[{\"name\":\"i\",\"type\":" + inner
                + "}]}";
        assertThat(Registry.over(dataSource, Clock.systemUTC()).registrations().lookup(outer,
                SchemaDraft.of(inlined, null), false, false).schema().id()).isEqualTo(referencing.schema().id());
    }

    private static List<String> trips(CountingDataSource counting, Runnable work) {
        counting.reset();
        work.run();
        return counting.trips().stream()
                .filter(sql -> !sql.startsWith("SELECT 'c', context_name, subject, config_json FROM registry_configs"
                        + " UNION ALL"))
                .toList();
    }

    /** Ids come from a sequence per context; it starts past what the counter of V1_1 and stored ids already used. */
    @Test
    void idsContinuePastEarlierIdsAndExplicitImports() throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO registry_contexts (context_name, next_id) VALUES ('.', 42)");
            statement.execute("INSERT INTO registry_schemas (context_name, schema_id, content_hash, schema_type,"
                    + " schema_text, created_at) VALUES ('.tenant', 77, 'h', 'AVRO', '\"int\"', 0)");
        }
        Registry registry = Registry.over(dataSource, Clock.systemUTC());
        assertThat(registry.registrations().register(QualifiedSubject.parse("a"), SchemaDraft.of(schema(1), null),
                false, false).schema().id()).isEqualTo(42);
        assertThat(registry.registrations().register(QualifiedSubject.parse(":.tenant:a"),
                SchemaDraft.of(schema(1), null), false, false).schema().id()).isEqualTo(78);

        QualifiedSubject imported = QualifiedSubject.parse("imported");
        registry.settings().putMode(imported, "IMPORT", false);
        SchemaDraft withId = new SchemaDraft(schema(2), null, null, null, null, 500, 1);
        assertThat(registry.registrations().register(imported, withId, false, false).schema().id()).isEqualTo(500);
        registry.settings().putMode(imported, null, false);
        assertThat(registry.registrations().register(QualifiedSubject.parse("b"), SchemaDraft.of(schema(3), null),
                false, false).schema().id()).as("after an import, new ids come after it").isEqualTo(501);
    }

    /** A guid is a range of the content key (V3), which PostgreSQL reads from that key's index. */
    @Test
    void guidsAndContextDeletionWorkOnPostgres() throws Exception {
        Registry registry = Registry.over(dataSource, Clock.systemUTC());
        String guid = registry.registrations().register(QualifiedSubject.parse(":.b:x"), SchemaDraft.of(schema(1), null),
                false, false).schema().guid();
        registry.registrations().register(QualifiedSubject.parse("a"), SchemaDraft.of(schema(1), null), false, false);
        SchemaLookup lookup = new SchemaLookup(registry.catalog());
        assertThat(lookup.idsOfGuid(guid)).containsExactly(new SchemaKey(".", 1), new SchemaKey(".b", 1));
        assertThat(lookup.byGuid(guid).context()).isEqualTo(".");
        String prefix = new SchemaGuid(guid).hashPrefix();
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            try (java.sql.ResultSet plan = statement.executeQuery("EXPLAIN SELECT context_name, schema_id"
                    + " FROM registry_schemas WHERE content_hash BETWEEN '" + prefix + "' AND '" + prefix + "f'")) {
                StringBuilder text = new StringBuilder();
                while (plan.next()) {
                    text.append(plan.getString(1)).append('\n');
                }
                assertThat(text.toString()).contains("uq_registry_schemas_content");
            }
        }

        registry.deletions().deleteSubject(QualifiedSubject.parse(":.b:x"), false);
        registry.deletions().deleteSubject(QualifiedSubject.parse(":.b:x"), true);
        assertThat(registry.catalog().contexts()).containsExactly(".", ".b");
        registry.deletions().deleteContext(".b");
        assertThat(registry.catalog().contexts()).containsExactly(".");
        assertThat(lookup.idsOfGuid(guid)).containsExactly(new SchemaKey(".", 1));
    }

    @Test
    void concurrentRegistrationsOfOneSchemaYieldOneIdAndOneVersion() throws Exception {
        Registry[] instances = {Registry.over(dataSource, Clock.systemUTC()), Registry.over(dataSource, Clock.systemUTC())};
        List<SubjectVersionView> results = runConcurrently(i -> instances[i % 2].registrations().register(
                QualifiedSubject.parse("same"), SchemaDraft.of(schema(7), null), false, false));
        assertThat(results).extracting(v -> v.schema().id()).containsOnly(results.get(0).schema().id());
        assertThat(results).extracting(v -> v.version().version()).containsOnly(1);
        assertThat(instances[0].catalog().versionNumbers(QualifiedSubject.parse("same"), true, false)).containsExactly(1);
    }

    @Test
    void concurrentDistinctRegistrationsNeverShareAnIdAndNumberVersionsWithoutGaps() throws Exception {
        Registry[] instances = {Registry.over(dataSource, Clock.systemUTC()), Registry.over(dataSource, Clock.systemUTC())};
        QualifiedSubject shared = QualifiedSubject.parse("shared");
        instances[0].settings().putConfig(shared, Json.MAPPER.createObjectNode().put("compatibility", "NONE"));
        List<SubjectVersionView> results = runConcurrently(i -> {
            SubjectVersionView own = instances[i % 2].registrations().register(QualifiedSubject.parse("own-" + i),
                    SchemaDraft.of(schema(i), null), false, false);
            instances[(i + 1) % 2].registrations().register(shared, SchemaDraft.of(schema(i), null), false, false);
            return own;
        });
        Set<Integer> ids = new HashSet<>();
        results.forEach(v -> ids.add(v.schema().id()));
        assertThat(ids).hasSize(WRITERS);
        List<Integer> versions = instances[1].catalog().versionNumbers(shared, true, false);
        assertThat(versions).hasSize(WRITERS);
        assertThat(versions.get(WRITERS - 1)).isEqualTo(WRITERS);
        assertThat(instances[1].catalog().maxSchemaId(".")).isEqualTo(WRITERS);
    }

    private interface Writer {
        SubjectVersionView write(int index) throws Exception;
    }

    private static List<SubjectVersionView> runConcurrently(Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SubjectVersionView>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int index = i;
                Callable<SubjectVersionView> task = () -> {
                    start.await();
                    return writer.write(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<SubjectVersionView> results = new ArrayList<>();
            for (Future<SubjectVersionView> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
