package org.contractregistry.registry.lineage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.contractregistry.lineage.event.Facets;
import org.contractregistry.lineage.event.ObservedField;
import org.contractregistry.registry.lineage.api.Views.FieldView;

/** JSON text in and out of the lineage tables. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** Facets as one JSON object, or null when there are none (so the stored facets stay). */
    static String facets(Facets facets) {
        if (facets.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("{");
        facets.byName().forEach((name, json) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(name)).append(':').append(json);
        });
        return out.append('}').toString();
    }

    static String fields(List<ObservedField> fields) {
        try {
            return MAPPER.writeValueAsString(fields.stream().map(f -> new FieldView(f.path(), f.type())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<FieldView> readFields(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(MAPPER.readValue(json, FieldView[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, JsonNode> readFacets(String json) {
        Map<String, JsonNode> out = new TreeMap<>();
        JsonNode tree = read(json);
        if (tree != null) {
            tree.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    static JsonNode read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String text) {
        if (text.chars().allMatch(c -> c >= ' ' && c < 0x7f && c != '"' && c != '\\')) { // nothing to escape
            return '"' + text + '"';
        }
        try {
            return MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
