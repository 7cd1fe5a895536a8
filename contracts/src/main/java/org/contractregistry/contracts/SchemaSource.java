package org.contractregistry.contracts;

import java.util.List;
import java.util.Objects;

/**
 * Schema text as a user wrote it, with every schema it references.
 *
 * @param references the transitive closure of references, each dependency before the schemas that use it
 */
public record SchemaSource(SchemaType type, String text, List<ResolvedReference> references) {
    public SchemaSource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        references = references == null ? List.of() : List.copyOf(references);
    }

    public static SchemaSource avro(String text) {
        return new SchemaSource(SchemaType.AVRO, text, List.of());
    }

    public static SchemaSource protobuf(String text) {
        return new SchemaSource(SchemaType.PROTOBUF, text, List.of());
    }

    public static SchemaSource json(String text) {
        return new SchemaSource(SchemaType.JSON, text, List.of());
    }
}
