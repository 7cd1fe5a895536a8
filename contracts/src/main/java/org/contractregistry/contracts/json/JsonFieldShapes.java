package org.contractregistry.contracts.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.contractregistry.contracts.FieldShape;

/**
 * The properties of a JSON schema's root object, depth-first, in the engine's neutral type names: integer is
 * {@code long}, number {@code double}, object {@code record}; {@code format} date, date-time and uuid become the
 * logical names. Optional when not required or when {@code null} is among the types; {@code $ref}s are followed once
 * per path (a recursive type stops where it repeats).
 */
final class JsonFieldShapes {
    private JsonFieldShapes() {}

    static List<FieldShape> of(JsonContractSchema schema) {
        List<FieldShape> out = new ArrayList<>();
        walk(schema.documents(), schema.documents().root(), "", out, new HashSet<>());
        return out;
    }

    private static void walk(JsonDocuments docs, JsonDocuments.Located at, String prefix, List<FieldShape> out,
            Set<JsonNode> onPath) {
        JsonDocuments.Located object = follow(docs, at);
        if (!object.node().isObject() || !onPath.add(object.node())) {
            return;
        }
        Set<String> required = new HashSet<>();
        object.node().path("required").forEach(name -> required.add(name.asText()));
        object.node().path("properties").fields().forEachRemaining(property -> {
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            JsonDocuments.Located value = follow(docs, new JsonDocuments.Located(property.getValue(), object.document()));
            JsonNode node = value.node();
            List<String> types = types(node);
            boolean repeated = types.contains("array");
            JsonDocuments.Located element = value;
            if (repeated && node.path("items").isObject()) {
                element = follow(docs, new JsonDocuments.Located(node.get("items"), value.document()));
            }
            List<String> elementTypes = repeated ? types(element.node()) : types;
            String type = neutral(elementTypes.stream().filter(t -> !t.equals("null") && !(repeated && t.equals("array")))
                    .findFirst().orElse(elementTypes.isEmpty() ? "any" : elementTypes.get(0)), element.node());
            boolean optional = !required.contains(property.getKey()) || types.contains("null");
            out.add(new FieldShape(path, type, optional, repeated));
            if (type.equals("record")) {
                walk(docs, element, path, out, onPath);
            }
        });
        onPath.remove(object.node());
    }

    private static JsonDocuments.Located follow(JsonDocuments docs, JsonDocuments.Located at) {
        JsonDocuments.Located current = at;
        for (int hops = 0; hops < 32 && current.node().path("$ref").isTextual(); hops++) {
            var next = docs.resolve(current.document(), current.node().get("$ref").asText());
            if (next.isEmpty()) {
                break;
            }
            current = next.get();
        }
        return current;
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.path("type");
        List<String> out = new ArrayList<>();
        if (type.isTextual()) {
            out.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> out.add(t.asText()));
        } else if (node.has("properties")) {
            out.add("object");
        } else if (node.has("items")) {
            out.add("array");
        }
        return out;
    }

    private static String neutral(String jsonType, JsonNode node) {
        return switch (jsonType) {
            case "integer" -> "long";
            case "number" -> "double";
            case "object" -> "record";
            case "string" -> switch (node.path("format").asText("")) {
                case "date" -> "date";
                case "date-time" -> "timestamp-millis";
                case "uuid" -> "uuid";
                default -> "string";
            };
            default -> jsonType;
        };
    }
}
