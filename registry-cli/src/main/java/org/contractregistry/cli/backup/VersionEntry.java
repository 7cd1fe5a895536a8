package org.contractregistry.cli.backup;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** One version of a subject as exported: enough to register it again under the same id and version. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionEntry(int version, int id, String schemaType, String schema, JsonNode references,
        JsonNode metadata, JsonNode ruleSet, boolean deleted) {

    /** The registry's answer to {@code GET /subjects/{s}/versions/{v}?deleted=true}. */
    static VersionEntry of(JsonNode answer, boolean deleted) {
        return new VersionEntry(answer.path("version").asInt(), answer.path("id").asInt(),
                answer.hasNonNull("schemaType") ? answer.get("schemaType").asText() : "AVRO",
                answer.path("schema").asText(), nonEmpty(answer.get("references")), nonEmpty(answer.get("metadata")),
                nonEmpty(answer.get("ruleSet")), deleted);
    }

    private static JsonNode nonEmpty(JsonNode node) {
        return node == null || node.isNull() || node.isEmpty() ? null : node;
    }
}
