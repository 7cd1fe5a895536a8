package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** The registration rules on a real (in-memory H2) database, without Quarkus. */
class RegistrationServiceTest {
    static final String V1 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    static final String V2 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}]}";
    static final String BREAKING = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"qty\",\"type\":\"int\"}]}";

    private final MutableClock clock = new MutableClock(1_000);
    private final Registry registry = Registry.over(TestDatabases.h2(), clock);

    private SubjectVersionView register(String subject, String schema) {
        return registry.registrations().register(QualifiedSubject.parse(subject), SchemaDraft.of(schema, null), false,
                false);
    }

    @Test
    void firstSchemaInAFreshRegistryGetsIdOneVersionOne() {
        SubjectVersionView view = register("orders-value", V1);
        assertThat(view.schema().id()).isEqualTo(1);
        assertThat(view.version().version()).isEqualTo(1);
        assertThat(view.version().registeredAt()).isEqualTo(1_000);
    }

    @Test
    void sameContentUnderTwoSubjectsSharesTheIdWithSeparateVersions() {
        register("a", V2);
        SubjectVersionView first = register("b", V1);
        SubjectVersionView second = register("a", V1);
        assertThat(second.schema().id()).isEqualTo(first.schema().id());
        assertThat(second.version().version()).isEqualTo(2);
        assertThat(first.version().version()).isEqualTo(1);
    }

    @Test
    void versionAtInstantAnswersTheVersionCurrentThen() {
        QualifiedSubject subject = QualifiedSubject.parse("timeline");
        register("timeline", V1);
        clock.set(2_000);
        register("timeline", V2);
        assertThat(registry.catalog().versionAt(subject, Instant.ofEpochMilli(500), false)).isEmpty();
        assertThat(registry.catalog().versionAt(subject, Instant.ofEpochMilli(1_500), false))
                .hasValueSatisfying(v -> assertThat(v.version().version()).isEqualTo(1));
        assertThat(registry.catalog().versionAt(subject, Instant.ofEpochMilli(2_000), false))
                .hasValueSatisfying(v -> assertThat(v.version().version()).isEqualTo(2));
    }

    @Test
    void incompatibleChangeIsRefusedNamingRuleVersionAndLevel() {
        register("strict", V1);
        assertThatThrownBy(() -> register("strict", BREAKING)).isInstanceOfSatisfying(RegistryException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.INCOMPATIBLE_SCHEMA);
            assertThat(e.getMessage()).contains("READER_FIELD_MISSING_DEFAULT_VALUE", "oldSchemaVersion: 1",
                    "BACKWARD");
        });
        assertThat(registry.catalog().versionNumbers(QualifiedSubject.parse("strict"), true, false)).containsExactly(1);
    }

    @Test
    void subjectConfigOverridesTheGlobalLevel() {
        register("lenient", V1);
        ObjectNode none = Json.MAPPER.createObjectNode().put("compatibility", "NONE");
        registry.settings().putConfig(QualifiedSubject.parse("lenient"), none);
        assertThat(register("lenient", BREAKING).version().version()).isEqualTo(2);
    }

    @Test
    void softDeletedVersionsDoNotTakePartInChecksAndVersionNumbersAreNotReused() {
        QualifiedSubject subject = QualifiedSubject.parse("undo");
        register("undo", V1);
        registry.deletions().deleteVersion(subject, VersionSpec.parse("1"), false);
        SubjectVersionView view = register("undo", BREAKING);
        assertThat(view.version().version()).isEqualTo(2);
    }

    @Test
    void wrongDeletionOrderGivesConfluentsCodes() {
        QualifiedSubject subject = QualifiedSubject.parse("del");
        register("del", V1);
        assertThatThrownBy(() -> registry.deletions().deleteSubject(subject, true))
                .extracting(e -> ((RegistryException) e).errorCode()).isEqualTo(ErrorCode.SUBJECT_NOT_SOFT_DELETED);
        assertThat(registry.deletions().deleteSubject(subject, false)).containsExactly(1);
        assertThatThrownBy(() -> registry.deletions().deleteSubject(subject, false))
                .extracting(e -> ((RegistryException) e).errorCode()).isEqualTo(ErrorCode.SUBJECT_SOFT_DELETED);
        assertThat(registry.deletions().deleteSubject(subject, true)).containsExactly(1);
        assertThatThrownBy(() -> registry.catalog().schemaById(".", 1))
                .extracting(e -> ((RegistryException) e).errorCode()).isEqualTo(ErrorCode.SCHEMA_NOT_FOUND);
    }

    @Test
    void lookupIgnoresAStoredConfluentVersionTheRequestDidNotSend() {
        SchemaDraft explicit = new SchemaDraft(V1, null, java.util.List.of(), null, null, null, 1);
        SubjectVersionView registered = registry.registrations().register(QualifiedSubject.parse("cv"), explicit,
                false, false);
        assertThat(registered.schema().metadata().path("properties").path("confluent:version").asText()).isEqualTo("1");
        SubjectVersionView found = registry.registrations().lookup(QualifiedSubject.parse("cv"),
                SchemaDraft.of(V1, null), false, false);
        assertThat(found.schema().id()).isEqualTo(registered.schema().id());
    }

    @Test
    void protobufStrictnessIsConfigurablePerSubject() {
        QualifiedSubject subject = QualifiedSubject.parse("proto");
        registry.settings().putConfig(subject, Json.MAPPER.createObjectNode().put("protobufStrictness", "WIRE"));
        assertThat(registry.settings().config(subject, false).path("protobufStrictness").asText()).isEqualTo("WIRE");
        assertThat(registry.settings().config(QualifiedSubject.parse("other"), true).path("protobufStrictness")
                .asText()).isEqualTo("WIRE_JSON");
    }

    /** The read before a write uses this instance's recent copy of the settings; the write must use the real ones. */
    @Test
    void aSettingsChangeOnAnotherInstanceAppliesToTheNextRegistrationAtOnce() {
        javax.sql.DataSource shared = TestDatabases.h2();
        Registry first = Registry.over(shared, clock);
        Registry other = Registry.over(shared, clock);
        String bare = "{\"type\":\"record\",\"name\":\"N\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}";
        String documented = bare.replace("\"name\":\"N\"", "\"name\":\"N\",\"doc\":\"normalize drops me\"");
        QualifiedSubject plain = QualifiedSubject.parse("plain");
        QualifiedSubject tidy = QualifiedSubject.parse("tidy");
        for (QualifiedSubject subject : new QualifiedSubject[] {plain, tidy}) {
            first.registrations().register(subject, SchemaDraft.of(bare, null), false, false);
        }
        assertThat(first.registrations().register(plain, SchemaDraft.of(documented, null), false, false)
                .version().version()).as("without normalize the doc makes another schema").isEqualTo(2);

        other.settings().putConfig(tidy, Json.MAPPER.createObjectNode().put("normalize", true));
        assertThat(first.registrations().register(tidy, SchemaDraft.of(documented, null), false, false)
                .version().version()).as("normalized, it is version 1 again").isEqualTo(1);

        other.settings().putMode(QualifiedSubject.parse("imported"), "IMPORT", false);
        SchemaDraft withId = new SchemaDraft("\"int\"", null, null, null, null, 500, 1);
        assertThat(first.registrations().register(QualifiedSubject.parse("imported"), withId, false, false)
                .schema().id()).isEqualTo(500);

        other.settings().putMode(SettingsService.global(), "READONLY", false);
        assertThatThrownBy(() -> first.registrations().register(plain, SchemaDraft.of("\"long\"", null), false, false))
                .isInstanceOfSatisfying(RegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.OPERATION_NOT_PERMITTED));
    }
}
