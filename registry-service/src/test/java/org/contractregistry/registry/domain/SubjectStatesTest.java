package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.contractregistry.registry.store.CountingDataSource;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Checks and lookups on the embedded store read a subject's state from this instance's copy ({@link SubjectStates}):
 * every write must end the copies, so a check right after a registration, a config change or a deletion judges
 * against what was just written.
 */
class SubjectStatesTest {
    static final QualifiedSubject SUBJECT = QualifiedSubject.parse("orders-value");
    static final String V1 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    static final String V2 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}]}";
    /** Reads V2's data (it needs note) but not V1's: BACKWARD-compatible with V2 only. */
    static final String NEEDS_NOTE = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":"
            + "\"string\"},{\"name\":\"note\",\"type\":\"string\"}]}";

    private final CountingDataSource counting = new CountingDataSource(TestDatabases.h2());
    private final Registry registry = Registry.over(counting.dataSource(), Clock.systemUTC(), true);

    private boolean checkLatest(Registry on, String draft) {
        return on.compatibility().check(SUBJECT, VersionSpec.LATEST, SchemaDraft.of(draft, null), false, false)
                .compatible();
    }

    static SubjectVersionView register(Registry on, String schema) {
        return on.registrations().register(SUBJECT, SchemaDraft.of(schema, null), false, false);
    }

    @Test
    void aCheckRightAfterARegistrationJudgesAgainstTheNewVersion() {
        register(registry, V1);
        assertThat(checkLatest(registry, NEEDS_NOTE)).isFalse();
        register(registry, V2);
        assertThat(checkLatest(registry, NEEDS_NOTE)).isTrue();
    }

    @Test
    void aCheckRightAfterAConfigChangeJudgesAtTheNewLevel() {
        register(registry, V1);
        assertThat(checkLatest(registry, NEEDS_NOTE)).isFalse();
        registry.settings().putConfig(SUBJECT, Json.MAPPER.createObjectNode().put("compatibility", "NONE"));
        assertThat(checkLatest(registry, NEEDS_NOTE)).isTrue();
    }

    @Test
    void aCheckRightAfterADeletionNoLongerJudgesAgainstTheDeletedVersion() {
        register(registry, V1);
        register(registry, V2);
        assertThat(checkLatest(registry, NEEDS_NOTE)).isTrue();
        registry.deletions().deleteVersion(SUBJECT, VersionSpec.LATEST, false);
        assertThat(checkLatest(registry, NEEDS_NOTE)).isFalse();
    }

    @Test
    void aLookupRightAfterARegistrationFindsIt() {
        register(registry, V1);
        assertThat(registry.registrations().lookup(SUBJECT, SchemaDraft.of(V1, null), false, false).version()
                .version()).isEqualTo(1);
        register(registry, V2);
        assertThat(registry.registrations().lookup(SUBJECT, SchemaDraft.of(V2, null), false, false).version()
                .version()).isEqualTo(2);
    }

    @Test
    void repeatedChecksReadTheSubjectOnceUntilTheNextWrite() {
        register(registry, V1);
        counting.reset();
        for (int i = 0; i < 3; i++) {
            assertThat(checkLatest(registry, V2)).isTrue();
        }
        assertThat(subjectReads()).isEqualTo(1);
        register(registry, V2);
        counting.reset();
        checkLatest(registry, V2);
        assertThat(subjectReads()).isEqualTo(1);
    }

    @Test
    void withoutTheSoleWriterEveryCheckReadsTheSubject() {
        Registry shared = Registry.over(counting.dataSource(), Clock.systemUTC(), false);
        register(shared, V1);
        counting.reset();
        for (int i = 0; i < 3; i++) {
            assertThat(checkLatest(shared, V2)).isTrue();
        }
        assertThat(subjectReads()).isEqualTo(3);
    }

    private long subjectReads() {
        List<String> trips = counting.trips();
        return trips.stream().filter(sql -> sql.contains("FROM registry_subject_versions WHERE context_name = ?"
                + " AND subject = ?")).count();
    }
}
