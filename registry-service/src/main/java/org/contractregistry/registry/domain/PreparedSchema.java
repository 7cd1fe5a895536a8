package org.contractregistry.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        return withDocuments(new Documents(newMetadata, ruleSet));
    }

    /** The same schema with other metadata and ruleSet (and so another content hash); itself when they are these. */
    public PreparedSchema withDocuments(Documents documents) {
        if (documents.metadata() == metadata && documents.ruleSet() == ruleSet) {
            return this;
        }
        return new PreparedSchema(contract, type, text, references, documents.metadata(), documents.ruleSet(),
                ContentHash.of(type, text, references, documents.metadata(), documents.ruleSet()));
    }

    public Documents documents() {
        return new Documents(metadata, ruleSet);
    }

    /** Same schema text (canonical or normalized form), type and references; metadata and ruleSet are not compared. */
    public boolean sameSchemaAs(StoredSchema stored) {
        return stored.type() == type && stored.references().equals(references)
                && (stored.text().equals(contract.canonicalText()) || stored.text().equals(contract.normalizedText()));
    }

    /**
     * Confluent stamps {@code confluent:version} (the new version number) when the version was explicit or the
     * metadata already carries it; else this schema as it is.
     */
    PreparedSchema stamped(boolean explicitVersion, int version) {
        boolean carries = metadata != null && metadata.path("properties").has(Documents.CONFLUENT_VERSION);
        if (!explicitVersion && !carries) {
            return this;
        }
        ObjectNode copy = metadata == null ? Json.MAPPER.createObjectNode() : ((ObjectNode) metadata).deepCopy();
        JsonNode properties = copy.get("properties");
        ObjectNode props = properties instanceof ObjectNode object ? object : copy.putObject("properties");
        props.put(Documents.CONFLUENT_VERSION, Integer.toString(version));
        return withMetadata(copy);
    }

    /** Metadata and ruleSet equal (each only when sent), ignoring a stored {@code confluent:version} not sent. */
    boolean sameDocumentsAs(StoredSchema stored) {
        if (ruleSet != null && !Json.canonical(ruleSet).equals(Json.canonical(stored.ruleSet()))) {
            return false;
        }
        if (metadata == null) {
            return true;
        }
        JsonNode storedMetadata = stored.metadata();
        if (storedMetadata != null && !metadata.path("properties").has(Documents.CONFLUENT_VERSION)
                && storedMetadata.path("properties").has(Documents.CONFLUENT_VERSION)) {
            ObjectNode copy = ((ObjectNode) storedMetadata).deepCopy();
            ((ObjectNode) copy.get("properties")).remove(Documents.CONFLUENT_VERSION);
            storedMetadata = copy;
        }
        return Json.canonical(metadata).equals(Json.canonical(storedMetadata));
    }
}
