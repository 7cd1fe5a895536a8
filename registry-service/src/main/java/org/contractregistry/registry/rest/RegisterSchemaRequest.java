package org.contractregistry.registry.rest;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.contractregistry.registry.domain.SchemaDraft;
import org.contractregistry.registry.domain.SchemaReference;

/** The body of register, lookup and compatibility requests; unknown fields (schema tags, ...) are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisterSchemaRequest(
        String schema,
        String schemaType,
        List<Reference> references,
        JsonNode metadata,
        @JsonAlias("ruleset") JsonNode ruleSet,
        Integer id,
        Integer version) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reference(String name, String subject, Integer version) {}

    static SchemaDraft toDraft(RegisterSchemaRequest request) {
        if (request == null) {
            return SchemaDraft.of(null, null);
        }
        List<SchemaReference> references = request.references == null ? List.of() : request.references.stream()
                .map(r -> r == null ? null : new SchemaReference(r.name(), r.subject(),
                        r.version() == null ? -1 : r.version()))
                .toList();
        return new SchemaDraft(request.schema, request.schemaType, references, request.metadata, request.ruleSet,
                request.id, request.version);
    }
}
