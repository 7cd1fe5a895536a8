package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** Schemas by guid and by id for a subject, across contexts, on a real (in-memory H2) database. */
class SchemaLookupTest {
    static final String V1 = RegistrationServiceTest.V1;
    static final String V2 = RegistrationServiceTest.V2;

    private final Registry registry = Registry.over(TestDatabases.h2(), new MutableClock(1_000));
    private final SchemaLookup lookup = new SchemaLookup(registry.catalog());

    private SubjectVersionView register(String subject, String schema) {
        return registry.registrations().register(QualifiedSubject.parse(subject), SchemaDraft.of(schema, null), false,
                false);
    }

    private static void assertSchemaNotFound(Runnable lookup, String message) {
        assertThatThrownBy(lookup::run).isInstanceOfSatisfying(RegistryException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.SCHEMA_NOT_FOUND);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void aGuidNamesTheSameContentInEveryContextTheDefaultOneFirst() {
        String guid = register(":.zz:x", V1).schema().guid();
        register(":.aa:filler", V2);
        SubjectVersionView inAa = register(":.aa:y", V1);
        assertThat(inAa.schema().guid()).isEqualTo(guid);
        assertThat(lookup.idsOfGuid(guid)).containsExactly(new SchemaKey(".aa", 2), new SchemaKey(".zz", 1));
        assertThat(lookup.byGuid(guid).context()).isEqualTo(".aa");

        register("filler", V2);
        register("d", V1);
        assertThat(lookup.idsOfGuid(guid.toUpperCase())).containsExactly(new SchemaKey(".", 2),
                new SchemaKey(".aa", 2), new SchemaKey(".zz", 1));
        StoredSchema found = lookup.byGuid(guid);
        assertThat(found.context()).isEqualTo(".");
        assertThat(found.id()).isEqualTo(2);
        assertThat(found.text()).isEqualTo(inAa.schema().text());
    }

    @Test
    void anUnknownOrMalformedGuidIsSchemaNotFoundAndHasNoIds() {
        register("d", V1);
        assertSchemaNotFound(() -> lookup.byGuid("00000000-0000-0000-0000-000000000000"),
                "Schema 00000000-0000-0000-0000-000000000000 not found");
        assertSchemaNotFound(() -> lookup.byGuid("not-a-guid"), "Schema 'not-a-guid' (a guid is 32 hexadecimal"
                + " digits grouped 8-4-4-4-12) not found");
        assertThat(lookup.idsOfGuid("not-a-guid")).isEmpty();
        assertThat(lookup.idsOfGuid("00000000-0000-0000-0000-000000000000")).isEmpty();
    }

    @Test
    void aSubjectOfTheDefaultContextNamesItsOwnLatestVersionOfTheId() {
        register("other", V1);
        register("orders", V2);
        register("orders", V1);
        SchemaLookup.Located found = lookup.byId(1, "orders");
        assertThat(found.schema().id()).isEqualTo(1);
        assertThat(found.holder()).hasValueSatisfying(v -> {
            assertThat(v.subject()).isEqualTo(QualifiedSubject.parse("orders"));
            assertThat(v.version()).isEqualTo(2);
        });
        assertThat(lookup.byId(1, null).holder()).isEmpty();
        assertThat(lookup.byId(1, "nobody").holder()).hasValueSatisfying(v -> assertThat(v.schemaId()).isEqualTo(1));
        assertSchemaNotFound(() -> lookup.byId(9, "orders"), "Schema 9 not found");
    }

    @Test
    void aSubjectOfTheDefaultContextFindsItsNamesakeInAnotherContext() {
        SubjectVersionView inDefault = register("filler", V2);
        SubjectVersionView inProd = register(":.prod:orders", V1);
        assertThat(inDefault.schema().id()).isEqualTo(1);
        assertThat(inProd.schema().id()).isEqualTo(1);

        SchemaLookup.Located found = lookup.byId(1, "orders");
        assertThat(found.schema().context()).isEqualTo(".prod");
        assertThat(found.schema().text()).isEqualTo(inProd.schema().text());
        assertThat(found.holder()).hasValueSatisfying(v -> assertThat(v.subject().qualified())
                .isEqualTo(":.prod:orders"));
        assertThat(lookup.byId(1, "filler").schema().context()).isEqualTo(".");
        assertThat(lookup.byId(1, ":.prod:").schema().context()).isEqualTo(".prod");
        assertThat(lookup.byId(1, null).schema().text()).isEqualTo(inDefault.schema().text());
    }

    @Test
    void aSubjectOfAnotherContextFindsOnlyAnIdItHolds() {
        register(":.prod:orders", V1);
        assertThat(lookup.byId(1, ":.prod:orders").schema().context()).isEqualTo(".prod");
        assertSchemaNotFound(() -> lookup.byId(1, ":.prod:payments"),
                "Schema 1 not found");
    }
}
