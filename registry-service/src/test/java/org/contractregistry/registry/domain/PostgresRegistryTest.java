package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
