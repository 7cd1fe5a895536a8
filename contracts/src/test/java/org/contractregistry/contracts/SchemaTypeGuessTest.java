package org.contractregistry.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaTypeGuessTest {

    @Test
    void protoTextIsRecognisedBehindCommentsAndBlankLines() {
        assertThat(SchemaTypeGuess.of("// orders\n/* v2 */\n\nsyntax = \"proto3\";\nmessage A {}"))
                .map(SchemaTypeGuess.Sign::type).contains(SchemaType.PROTOBUF);
        assertThat(SchemaTypeGuess.of("message Order { string id = 1; }"))
                .map(SchemaTypeGuess.Sign::name).contains("Protobuf");
        assertThat(SchemaTypeGuess.of("package shop.v1;\nmessage A {}")).isPresent();
    }

    @Test
    void avroAndFreeTextAreNotTakenForProto() {
        assertThat(SchemaTypeGuess.of("{\"type\":\"record\",\"name\":\"message\",\"fields\":[]}")).isEmpty();
        assertThat(SchemaTypeGuess.of("\"string\"")).isEmpty();
        assertThat(SchemaTypeGuess.of("messages are fun")).isEmpty();
        assertThat(SchemaTypeGuess.of(null)).isEmpty();
    }
}
