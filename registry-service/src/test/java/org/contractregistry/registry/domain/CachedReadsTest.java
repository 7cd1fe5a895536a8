package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Optional;
import org.contractregistry.registry.store.CachedReads;
import org.contractregistry.registry.store.CountingDataSource;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Reads attempted from the caches alone ({@link CachedReads}, what the HTTP event loop tries before handing a request
 * to a worker): they answer exactly what a read with a connection answers, send nothing to the database, and give up
 * (empty) whenever a statement would be needed: on a cold instance, after a write, on a store other processes write.
 */
class CachedReadsTest {
    private static final QualifiedSubject SUBJECT = SubjectStatesTest.SUBJECT;

    private final CountingDataSource counting = new CountingDataSource(TestDatabases.h2());

    private static Optional<Boolean> attemptCheck(Registry on, String draft) {
        return CachedReads.attempt(() -> check(on, draft));
    }

    private static boolean check(Registry on, String draft) {
        return on.compatibility().check(SUBJECT, VersionSpec.LATEST, SchemaDraft.of(draft, null), false, false)
                .compatible();
    }

    @Test
    void aWarmCheckIsAnsweredFromTheCachesWithNoStatementAndTheSameVerdict() {
        Registry registry = Registry.over(counting.dataSource(), Clock.systemUTC(), true);
        SubjectStatesTest.register(registry, SubjectStatesTest.V1);
        counting.reset();
        assertThat(attemptCheck(registry, SubjectStatesTest.NEEDS_NOTE)).isEmpty(); // cold: the state is not copied
        assertThat(counting.trips()).isEmpty();
        assertThat(check(registry, SubjectStatesTest.NEEDS_NOTE)).isFalse();
        counting.reset();
        assertThat(attemptCheck(registry, SubjectStatesTest.NEEDS_NOTE)).contains(false);
        assertThat(attemptCheck(registry, SubjectStatesTest.V2)).contains(true);
        assertThat(counting.trips()).isEmpty();
    }

    @Test
    void aWriteEndsWhatTheCachesCanAnswerAndIsNeverDoneInsideAnAttempt() {
        Registry registry = Registry.over(counting.dataSource(), Clock.systemUTC(), true);
        SubjectStatesTest.register(registry, SubjectStatesTest.V1);
        assertThat(check(registry, SubjectStatesTest.NEEDS_NOTE)).isFalse();
        assertThat(CachedReads.attempt(() -> SubjectStatesTest.register(registry, SubjectStatesTest.V2))).isEmpty();
        assertThat(registry.catalog().history(SUBJECT)).hasSize(1);

        SubjectStatesTest.register(registry, SubjectStatesTest.V2);
        assertThat(attemptCheck(registry, SubjectStatesTest.NEEDS_NOTE)).isEmpty(); // never the verdict against V1
        assertThat(check(registry, SubjectStatesTest.NEEDS_NOTE)).isTrue();
        assertThat(attemptCheck(registry, SubjectStatesTest.NEEDS_NOTE)).contains(true);
    }

    @Test
    void lookupsAndReadsByIdFromTheCachesAnswerAsWithAConnectionRefusalsIncluded() {
        Registry registry = Registry.over(counting.dataSource(), Clock.systemUTC(), true);
        SubjectVersionView v1 = SubjectStatesTest.register(registry, SubjectStatesTest.V1);
        SchemaLookup lookup = new SchemaLookup(registry.catalog());
        SchemaDraft draft = SchemaDraft.of(SubjectStatesTest.V1, null);
        SchemaDraft unknown = SchemaDraft.of(SubjectStatesTest.V2, null);
        SubjectVersionView found = registry.registrations().lookup(SUBJECT, draft, false, false);
        assertThatThrownBy(() -> registry.registrations().lookup(SUBJECT, unknown, false, false))
                .isInstanceOf(RegistryException.class);
        lookup.byId(v1.version().schemaId(), null);
        counting.reset();

        assertThat(CachedReads.attempt(() -> registry.registrations().lookup(SUBJECT, draft, false, false)))
                .hasValueSatisfying(view -> assertThat(view.version()).isEqualTo(found.version()));
        assertThatThrownBy(() -> CachedReads.attempt(() -> registry.registrations().lookup(SUBJECT, unknown, false,
                false))).isInstanceOf(RegistryException.class)
                .satisfies(e -> assertThat(((RegistryException) e).errorCode())
                        .isEqualTo(ErrorCode.SCHEMA_NOT_FOUND));
        assertThat(CachedReads.attempt(() -> lookup.byId(v1.version().schemaId(), null).schema().text()))
                .contains(lookup.byId(v1.version().schemaId(), null).schema().text());
        assertThat(counting.trips()).isEmpty();
        int uncached = v1.version().schemaId() + 1;
        assertThat(CachedReads.attempt(() -> lookup.byId(uncached, null))).isEmpty(); // not cached: ask the store
    }

    @Test
    void theLatestVersionFromTheCachesFollowsEachRegistration() {
        Registry registry = Registry.over(counting.dataSource(), Clock.systemUTC(), true);
        SubjectStatesTest.register(registry, SubjectStatesTest.V1);
        java.util.function.Supplier<Integer> latest = () -> registry.catalog().version(SUBJECT, VersionSpec.LATEST,
                false).version().version();
        assertThat(latest.get()).isEqualTo(1); // reads the state and keeps a copy
        counting.reset();
        assertThat(CachedReads.attempt(latest)).contains(1);
        assertThat(counting.trips()).isEmpty();

        SubjectStatesTest.register(registry, SubjectStatesTest.V2);
        assertThat(CachedReads.attempt(latest)).isEmpty(); // never version 1 again
        assertThat(latest.get()).isEqualTo(2);
        assertThat(CachedReads.attempt(latest)).contains(2);
    }

    @Test
    void onAStoreOtherProcessesWriteEveryAttemptNeedsTheDatabaseAndSendsNothing() {
        Registry registry = Registry.over(counting.dataSource(), Clock.systemUTC(), false);
        SubjectStatesTest.register(registry, SubjectStatesTest.V1);
        assertThat(check(registry, SubjectStatesTest.NEEDS_NOTE)).isFalse();
        counting.reset();
        assertThat(attemptCheck(registry, SubjectStatesTest.NEEDS_NOTE)).isEmpty();
        assertThat(counting.trips()).isEmpty();
    }
}
