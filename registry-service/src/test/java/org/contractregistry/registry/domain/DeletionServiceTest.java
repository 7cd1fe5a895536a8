package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** Deleting contexts and listing soft-deleted versions, on a real (in-memory H2) database, without Quarkus. */
class DeletionServiceTest {
    static final String V1 = RegistrationServiceTest.V1;
    static final String V2 = RegistrationServiceTest.V2;

    private final Registry registry = Registry.over(TestDatabases.h2(), new MutableClock(1_000));

    private void register(String subject, String schema) {
        registry.registrations().register(QualifiedSubject.parse(subject), SchemaDraft.of(schema, null), false, false);
    }

    private void assertContextNotEmpty(String context) {
        assertThatThrownBy(() -> registry.deletions().deleteContext(context))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONTEXT_NOT_EMPTY);
                    assertThat(e.getMessage()).isEqualTo("The specified context '" + context + "' is not empty.");
                });
    }

    @Test
    void aContextIsListedUntilDeletedAndDeletableOnlyOnceItsSubjectsArePermanentlyDeleted() {
        QualifiedSubject subject = QualifiedSubject.parse(":.tmp:x");
        register(":.tmp:x", V1);
        assertThat(registry.catalog().contexts()).containsExactly(".", ".tmp");
        assertContextNotEmpty(".tmp");
        registry.deletions().deleteSubject(subject, false);
        assertContextNotEmpty(".tmp");
        registry.deletions().deleteSubject(subject, true);
        assertThat(registry.catalog().contexts()).containsExactly(".", ".tmp");

        registry.deletions().deleteContext(".tmp");
        assertThat(registry.catalog().contexts()).containsExactly(".");
        register(":.tmp:x", V1);
        assertThat(registry.catalog().contexts()).containsExactly(".", ".tmp");
    }

    @Test
    void anUnknownContextAndAnEmptyDefaultContextAreDeletedWithoutComplaint() {
        registry.deletions().deleteContext(".never");
        registry.deletions().deleteContext(".");
        assertThat(registry.catalog().contexts()).containsExactly(".");
        register("d", V1);
        assertContextNotEmpty(".");
        assertThat(registry.catalog().contexts()).containsExactly(".");
    }

    @Test
    void softDeletedVersionsAreListedNegatedWhereTheyAreListedAtAll() {
        QualifiedSubject subject = QualifiedSubject.parse("s");
        register("s", V1);
        register("s", V2);
        registry.deletions().deleteVersion(subject, VersionSpec.parse("1"), false);
        SchemaCatalog catalog = registry.catalog();
        assertThat(catalog.versionNumbers(subject, true, false, true)).containsExactly(-1, 2);
        assertThat(catalog.versionNumbers(subject, false, true, true)).containsExactly(-1);
        assertThat(catalog.versionNumbers(subject, false, false, true)).containsExactly(2);
        assertThat(catalog.versionNumbers(subject, true, false, false)).containsExactly(1, 2);
    }
}
