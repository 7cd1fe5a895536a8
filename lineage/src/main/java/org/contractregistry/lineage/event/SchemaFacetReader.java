package org.contractregistry.lineage.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Flattens the {@code schema} dataset facet ({@code fields[]} with nested {@code fields[]}) into dot paths. */
final class SchemaFacetReader {
    private SchemaFacetReader() {}

    static Optional<List<ObservedField>> read(JsonNode datasetFacets, String where) {
        JsonNode schema = datasetFacets == null ? null : datasetFacets.get("schema");
        if (schema == null || !schema.isObject()) {
            return Optional.empty();
        }
        JsonNode fields = schema.get("fields");
        if (fields == null || fields.isNull()) {
            return Optional.of(List.of());
        }
        List<ObservedField> out = new ArrayList<>();
        collect(fields, "", out, where + ".facets.schema.fields");
        return Optional.of(out);
    }

    private static void collect(JsonNode fields, String prefix, List<ObservedField> out, String where) {
        if (!fields.isArray()) {
            throw RejectedEventException.invalid(where + " must be an array");
        }
        for (int i = 0; i < fields.size(); i++) {
            JsonNode field = fields.get(i);
            JsonNode nameNode = field.path("name");
            if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
                throw RejectedEventException.invalid(where + "[" + i + "].name is missing"
                        + (nameNode.isValueNode() && !nameNode.isNull() ? " (it must be a string)" : ""));
            }
            JsonNode type = field.path("type");
            if (!type.isMissingNode() && !type.isNull() && !type.isTextual()) {
                throw RejectedEventException.invalid(where + "[" + i + "].type must be a string");
            }
            String path = prefix + nameNode.asText();
            out.add(new ObservedField(path, type.asText("")));
            JsonNode nested = field.get("fields");
            if (nested != null && !nested.isNull()) {
                collect(nested, path + ".", out, where + "[" + i + "].fields");
            }
        }
    }
}
