package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaGuidTest {
    private static final String HASH = "0123456789abcdef0123456789abcdef" + "f".repeat(32);

    @Test
    void theGuidIsTheContentHashsFirst32DigitsAsAUuid() {
        SchemaGuid guid = SchemaGuid.ofContentHash(HASH);
        assertThat(guid.value()).isEqualTo("01234567-89ab-cdef-0123-456789abcdef");
        assertThat(guid.hashPrefix()).isEqualTo("0123456789abcdef0123456789abcdef");
    }

    @Test
    void aClientsGuidIsReadInEitherCaseAndAnythingElseIsNoGuid() {
        assertThat(SchemaGuid.parse("01234567-89AB-CDEF-0123-456789ABCDEF"))
                .contains(new SchemaGuid("01234567-89ab-cdef-0123-456789abcdef"));
        for (String notAGuid : new String[] {"0123456789abcdef0123456789abcdef", "01234567-89ab-cdef-0123-456789abcdeg",
                "01234567-89ab-cdef-0123-456789abcdef0", "", "42"}) {
            assertThat(SchemaGuid.parse(notAGuid)).as(notAGuid).isEmpty();
        }
        assertThat(SchemaGuid.parse(null)).isEmpty();
    }
}
