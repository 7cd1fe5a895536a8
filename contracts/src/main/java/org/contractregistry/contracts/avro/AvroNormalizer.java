package org.contractregistry.contracts.avro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Confluent-style {@code normalize=true} for Avro, over Avro's own compact rendering.
 *
 * <p>Keeps everything that affects schema resolution (names, aliases, defaults, order, symbols, sizes, logical types
 * and their parameters, custom properties) and removes choices that do not: {@code doc} is dropped, every name is
 * fully qualified (so {@code namespace} disappears), aliases are qualified, sorted and de-duplicated, and attributes
 * come in one fixed order, custom properties last in alphabetical order.
 */
final class AvroNormalizer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PRIMITIVES =
            Set.of("null", "boolean", "int", "long", "float", "double", "bytes", "string");
    private static final List<String> SCHEMA_ORDER = List.of(
            "type", "name", "aliases", "symbols", "default", "size", "items", "values", "fields",
            "logicalType", "precision", "scale");
    private static final List<String> FIELD_ORDER = List.of("name", "aliases", "type", "default", "order");
    private static final Set<String> DROPPED = Set.of("doc", "namespace");

    private AvroNormalizer() {}

    /**
     * @param canonicalJson Avro's compact rendering
     * @param known full names defined elsewhere (in references), which the text uses by name
     */
    static String normalize(String canonicalJson, Set<String> known) {
        try {
            Walk walk = new Walk();
            walk.defined.addAll(known);
            return JSON.writeValueAsString(walk.schema(JSON.readTree(canonicalJson), ""));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Avro's own rendering is always JSON", e);
        }
    }

    /** Every named type a schema defines, for {@link #normalize}'s {@code known}. */
    static void collectNames(org.apache.avro.Schema schema, Set<String> into) {
        switch (schema.getType()) {
            case RECORD -> {
                if (into.add(schema.getFullName())) {
                    schema.getFields().forEach(f -> collectNames(f.schema(), into));
                }
            }
            case ENUM, FIXED -> into.add(schema.getFullName());
            case ARRAY -> collectNames(schema.getElementType(), into);
            case MAP -> collectNames(schema.getValueType(), into);
            case UNION -> schema.getTypes().forEach(t -> collectNames(t, into));
            default -> { }
        }
    }

    /** One pass; remembers the names defined so far to qualify later references the way Avro resolved them. */
    private static final class Walk {
        private final Set<String> defined = new HashSet<>();

        JsonNode schema(JsonNode node, String namespace) {
            if (node.isTextual()) {
                return TextNode.valueOf(reference(node.asText(), namespace));
            }
            if (node.isArray()) {
                ArrayNode branches = JsonNodeFactory.instance.arrayNode();
                node.forEach(branch -> branches.add(schema(branch, namespace)));
                return branches;
            }
            String type = node.path("type").asText();
            boolean named = type.equals("record") || type.equals("error") || type.equals("enum") || type.equals("fixed");
            String space = namespace;
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (String key : SCHEMA_ORDER) {
                if (node.has(key)) {
                    out.set(key, node.get(key));
                }
            }
            if (named) {
                String fullName = qualify(node.path("name").asText(), node.has("namespace") ? node.get("namespace").asText() : namespace);
                defined.add(fullName);
                space = fullName.contains(".") ? fullName.substring(0, fullName.lastIndexOf('.')) : "";
                out.put("name", fullName);
                if (node.has("aliases")) {
                    out.set("aliases", sortedNames(node.get("aliases"), space));
                }
            }
            if (node.has("items")) {
                out.set("items", schema(node.get("items"), space));
            }
            if (node.has("values")) {
                out.set("values", schema(node.get("values"), space));
            }
            if (node.has("fields")) {
                ArrayNode fields = JsonNodeFactory.instance.arrayNode();
                for (JsonNode field : node.get("fields")) {
                    fields.add(field(field, space));
                }
                out.set("fields", fields);
            }
            copyCustom(node, out, SCHEMA_ORDER);
            return out;
        }

        private JsonNode field(JsonNode field, String namespace) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.set("name", field.get("name"));
            if (field.has("aliases")) {
                out.set("aliases", sortedNames(field.get("aliases"), null));
            }
            out.set("type", schema(field.get("type"), namespace));
            if (field.has("default")) {
                out.set("default", field.get("default"));
            }
            if (field.has("order") && !field.get("order").asText().equals("ascending")) {
                out.set("order", field.get("order"));
            }
            copyCustom(field, out, FIELD_ORDER);
            return out;
        }

        private String reference(String name, String namespace) {
            if (PRIMITIVES.contains(name) || name.contains(".")) {
                return name;
            }
            String inSpace = qualify(name, namespace);
            return defined.contains(inSpace) ? inSpace : name;
        }

        private static ArrayNode sortedNames(JsonNode names, String namespace) {
            TreeSet<String> sorted = new TreeSet<>();
            names.forEach(n -> sorted.add(namespace == null ? n.asText() : qualify(n.asText(), namespace)));
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            sorted.forEach(out::add);
            return out;
        }

        private static void copyCustom(JsonNode from, ObjectNode to, List<String> known) {
            List<String> custom = new ArrayList<>();
            from.fieldNames().forEachRemaining(key -> {
                if (!known.contains(key) && !DROPPED.contains(key)) {
                    custom.add(key);
                }
            });
            custom.stream().sorted().forEach(key -> to.set(key, from.get(key)));
        }

        private static String qualify(String name, String namespace) {
            if (name.contains(".") || namespace == null || namespace.isEmpty()) {
                return name;
            }
            return namespace + "." + name;
        }
    }
}
