package org.contractregistry.maven.subject;

import org.contractregistry.contracts.SchemaType;

/** The file extension of each schema type, and the type a file's name implies: .avsc, .proto, .json. */
public final class SchemaFiles {
    private SchemaFiles() {}

    public static String extension(SchemaType type) {
        return switch (type) {
            case AVRO -> ".avsc";
            case PROTOBUF -> ".proto";
            case JSON -> ".json";
        };
    }

    /** PROTOBUF for {@code .proto}, JSON for {@code .json}, else AVRO (Confluent's default type). */
    public static SchemaType typeOf(String fileName) {
        if (fileName.endsWith(".proto")) {
            return SchemaType.PROTOBUF;
        }
        return fileName.endsWith(".json") ? SchemaType.JSON : SchemaType.AVRO;
    }
}
