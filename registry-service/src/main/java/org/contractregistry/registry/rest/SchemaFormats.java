package org.contractregistry.registry.rest;

import org.contractregistry.contracts.SchemaType;
import org.contractregistry.contracts.avro.AvroContractSchema;
import org.contractregistry.contracts.protobuf.ProtobufSchema;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.StoredSchema;

/**
 * The {@code format} query parameter of the schema reads: {@code serialized} turns a Protobuf schema into its
 * base64 {@code FileDescriptorProto} (what Confluent's serdes read), {@code resolved} an Avro schema with its references
 * inlined; {@code ignore_extensions} on Protobuf is refused (422, not implemented); every other format and type is the
 * stored text as shown ({@link StoredSchema#shownText}).
 */
final class SchemaFormats {
    static final String SERIALIZED = "serialized";
    /** Avro with its referenced named types written inline, as Confluent's {@code AvroSchema.formattedString}. */
    static final String RESOLVED = "resolved";
    static final String IGNORE_EXTENSIONS = "ignore_extensions";

    private SchemaFormats() {}

    static String text(String format, StoredSchema schema, SchemaCatalog catalog) {
        if (SERIALIZED.equals(format) && schema.type() == SchemaType.PROTOBUF
                && catalog.contractOf(schema) instanceof ProtobufSchema protobuf) {
            return protobuf.serializedDescriptor();
        }
        if (RESOLVED.equals(format) && schema.type() == SchemaType.AVRO
                && catalog.contractOf(schema) instanceof AvroContractSchema avro) {
            return avro.schema().toString();
        }
        if (IGNORE_EXTENSIONS.equals(format) && schema.type() == SchemaType.PROTOBUF) {
            throw new RegistryException(ErrorCode.UNPROCESSABLE_REQUEST, "format=ignore_extensions is not supported"
                    + " for Protobuf schemas; omit format for the schema as registered, or ask for format=serialized");
        }
        return schema.shownText();
    }
}
