package org.contractregistry.maven.registry;

import java.util.List;
import org.contractregistry.contracts.SchemaType;
import org.contractregistry.maven.subject.Reference;

/** One subject version as the registry serves it. */
public record RegisteredSchema(
        String subject, int version, int id, SchemaType type, String schema, List<Reference> references) {
    public RegisteredSchema {
        references = references == null ? List.of() : List.copyOf(references);
    }
}
