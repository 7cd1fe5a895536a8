package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.SchemaType;

/**
 * A draft after validation: parsed, references pinned to versions, the text to store chosen (canonical, or
 * normalized when asked), and its content hash.
 */
public record PreparedSchema(
        ContractSchema contract,
        SchemaType type,
        String text,
        List<SchemaReference> references,
        JsonNode metadata,
        JsonNode ruleSet,
        String contentHash) {

    public PreparedSchema withMetadata(JsonNode newMetadata) {
        return new PreparedSchema(contract, type, text, references, newMetadata, ruleSet,
                ContentHash.of(type, text, references, newMetadata, ruleSet));
    }

    /** Same schema text (canonical or normalized form), type and references; metadata and ruleSet are not compared. */
    public boolean sameSchemaAs(StoredSchema stored) {
        return stored.type() == type && stored.references().equals(references)
                && (stored.text().equals(contract.canonicalText()) || stored.text().equals(contract.normalizedText()));
    }
}
