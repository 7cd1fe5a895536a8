package org.contractregistry.contracts.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.FieldShape;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.SchemaType;

/**
 * A parsed JSON schema: its draft, its documents (the main one and the referenced ones) for the compatibility walk,
 * and its texts and fingerprints, computed once at parse time.
 */
public record JsonContractSchema(
        SchemaSource source,
        Draft draft,
        JsonDocuments documents,
        String canonicalText,
        String normalizedText,
        String fingerprint,
        String normalizedFingerprint)
        implements ContractSchema {

    @Override
    public SchemaType type() {
        return SchemaType.JSON;
    }

    public JsonNode root() {
        return documents.root().node();
    }

    /** The {@code title}, as Confluent names a JSON schema for RecordNameStrategy. */
    @Override
    public Optional<String> recordName() {
        JsonNode title = root().path("title");
        return title.isTextual() && !title.asText().isBlank() ? Optional.of(title.asText()) : Optional.empty();
    }

    @Override
    public List<FieldShape> fields() {
        return JsonFieldShapes.of(this);
    }

    @Override
    public String toString() {
        return canonicalText;
    }
}
