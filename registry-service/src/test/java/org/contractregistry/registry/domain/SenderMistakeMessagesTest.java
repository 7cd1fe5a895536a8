package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** A first-hour mistake in a registration body is answered with what to send instead. */
class SenderMistakeMessagesTest {
    private static final String PROTO = "syntax = \"proto3\";\nmessage Order {\n  string id = 1;\n}\n";

    private final Registry registry = Registry.over(TestDatabases.h2(), Clock.systemUTC());

    private void register(SchemaDraft draft) {
        registry.registrations().register(QualifiedSubject.parse("orders-value"), draft, false, false);
    }

    @Test
    void protoSentWithoutSchemaTypeSaysItLooksLikeProtobufAndWhatToSend() {
        assertThatThrownBy(() -> register(SchemaDraft.of(PROTO, null))).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.getMessage())
                        .contains("looks like Protobuf", "read as AVRO", "no schemaType is sent",
                                "\"schemaType\": \"PROTOBUF\""));
    }

    @Test
    void protoSentAsExplicitAvroIsToldTheSameWithoutTheDefaultRemark() {
        assertThatThrownBy(() -> register(SchemaDraft.of(PROTO, "AVRO"))).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.getMessage())
                        .contains("looks like Protobuf", "\"schemaType\": \"PROTOBUF\"")
                        .doesNotContain("no schemaType is sent"));
    }

    @Test
    void brokenAvroGetsNoHintAboutAnotherType() {
        assertThatThrownBy(() -> register(SchemaDraft.of("{\"type\":\"record\",", null)))
                .hasMessageStartingWith("Invalid schema: Invalid JSON").hasMessageNotContaining("looks like");
    }

    @Test
    void aBodyWithoutSchemaNamesTheField() {
        assertThatThrownBy(() -> register(SchemaDraft.of(null, null)))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SCHEMA);
                    assertThat(e.getMessage()).contains("no \"schema\" field");
                });
        assertThatThrownBy(() -> register(SchemaDraft.of("  ", null))).hasMessageContaining("\"schema\" field is blank");
    }
}
