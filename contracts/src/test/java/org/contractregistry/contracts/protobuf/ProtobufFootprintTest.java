package org.contractregistry.contracts.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.ParseResult;
import org.contractregistry.contracts.SchemaSource;
import org.junit.jupiter.api.Test;

/**
 * A parse is what the registry caches by the thousand: it must not keep wire's linked schema (with the well-known
 * types it links, ~200 KB a parse, against ~6 KB for the rest), yet still give the descriptor when asked.
 */
class ProtobufFootprintTest {
    private static final String ORDER = "syntax = \"proto3\";\npackage shop;\nimport \"google/protobuf/timestamp.proto\";\n"
            + "message Order {\n  string id = 1;\n  google.protobuf.Timestamp at = 2;\n}\n";

    @Test
    void aParseKeepsNoLinkedSchema() {
        assertThat(Arrays.stream(ProtobufSchema.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getType))
                .doesNotContain(com.squareup.wire.schema.Schema.class);
    }

    @Test
    void theDescriptorIsStillThereWhenAsked() {
        ProtobufSchema schema = (ProtobufSchema) ((ParseResult.Parsed) Contracts.parse(SchemaSource.protobuf(ORDER)))
                .schema();
        assertThat(schema.fileDescriptor().findMessageTypeByName("Order").findFieldByName("at").getMessageType()
                .getFullName()).isEqualTo("google.protobuf.Timestamp");
        assertThat(schema.serializedDescriptor()).isNotEmpty();
    }
}
