package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.contractregistry.contracts.SchemaType;

/**
 * Immutable schema content under an id within a context: the stored (canonical) text, references pinned to versions,
 * and the metadata and ruleSet exactly as sent.
 */
public record StoredSchema(
        String context,
        int id,
        SchemaType type,
        String text,
        List<SchemaReference> references,
        JsonNode metadata,
        JsonNode ruleSet,
        String contentHash) {

    public StoredSchema {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** The content hash shown as a UUID (Confluent 8's {@code guid}); the same content gives the same guid anywhere. */
    public String guid() {
        return SchemaGuid.ofContentHash(contentHash).value();
    }
}
