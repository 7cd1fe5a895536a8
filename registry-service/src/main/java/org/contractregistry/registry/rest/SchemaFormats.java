package org.contractregistry.registry.rest;

import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.protobuf.ProtobufSchema;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.StoredSchema;

/**
 * The {@code format} query parameter of the schema reads: {@code serialized} turns a Protobuf schema into its
 * base64 {@code FileDescriptorProto} (what Confluent's serdes read); every other format and type is the stored text as shown ({@link StoredSchema#shownText}).
 */
final class SchemaFormats {
    static final String SERIALIZED = "serialized";

    private SchemaFormats() {}

    static String text(String format, StoredSchema schema, SchemaCatalog catalog) {
        if (SERIALIZED.equals(format) && schema.type() == SchemaType.PROTOBUF
                && catalog.contractOf(schema) instanceof ProtobufSchema protobuf) {
            return protobuf.serializedDescriptor();
        }
        return schema.shownText();
    }
}
