package org.contractregistry.contracts.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The two texts of a JSON schema. Canonical: the document as compact JSON, key order kept (insensitive to whitespace
 * only, as Confluent's canonical string). Normalised ({@code normalize=true}): additionally insensitive to forms that
 * mean the same: keys sorted at every level, {@code "type": ["string"]} written {@code "string"}, type lists and
 * {@code required} sorted without duplicates, {@code additionalProperties}/{@code additionalItems} {@code true} or
 * {@code {}} dropped (the default), numbers with a zero fraction written as integers.
 */
public final class JsonNormalizer {
    /** Keywords whose values are data, not schemas: never reshaped. */
    static final Set<String> DATA_KEYWORDS = Set.of("enum", "const", "default", "examples");
    private static final Set<String> SORTED_STRING_LISTS = Set.of("required", "type");
    private static final Set<String> TRUE_BY_DEFAULT = Set.of("additionalProperties", "additionalItems",
            "unevaluatedProperties", "unevaluatedItems");
    /** Keywords whose values map user names to schemas (or, in {@code dependencies}, to name lists). */
    private static final Set<String> NAME_MAPS = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependencies", "dependentSchemas", "dependentRequired");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonNormalizer() {}

    static String canonical(JsonNode root) {
        return write(root);
    }

    static String normalized(JsonNode root) {
        return write(normalize(root, Role.SCHEMA));
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always writes", e);
        }
    }

    /** What a JSON value is inside a schema document. */
    private enum Role { SCHEMA, NAME_MAP, DATA }

    private static JsonNode normalize(JsonNode node, Role role) {
        boolean data = role == Role.DATA;
        boolean schema = role == Role.SCHEMA;
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            node.fields().forEachRemaining(field -> {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (schema && TRUE_BY_DEFAULT.contains(key) && (value.isBoolean() && value.asBoolean()
                        || value.isObject() && value.isEmpty())) {
                    return;
                }
                if (schema && SORTED_STRING_LISTS.contains(key) && value.isArray()) {
                    value = sortedStrings((ArrayNode) value, key.equals("type"));
                } else {
                    value = normalize(value, childRole(role, key));
                }
                sorted.put(key, value);
            });
            ObjectNode out = NODES.objectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(item -> out.add(normalize(item, data ? Role.DATA : Role.SCHEMA)));
            return out;
        }
        if (node.isFloatingPointNumber() || node.isBigDecimal()) {
            BigDecimal value = node.decimalValue();
            if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
                return NODES.numberNode(value.toBigIntegerExact());
            }
        }
        return node;
    }

    private static Role childRole(Role parent, String key) {
        return switch (parent) {
            case DATA -> Role.DATA;
            case NAME_MAP -> Role.SCHEMA;
            case SCHEMA -> DATA_KEYWORDS.contains(key) ? Role.DATA
                    : NAME_MAPS.contains(key) ? Role.NAME_MAP : Role.SCHEMA;
        };
    }

    private static JsonNode sortedStrings(ArrayNode values, boolean singleAsString) {
        TreeSet<String> unique = new TreeSet<>();
        List<JsonNode> other = new ArrayList<>();
        values.forEach(v -> {
            if (v.isTextual()) {
                unique.add(v.asText());
            } else {
                other.add(v);
            }
        });
        if (singleAsString && unique.size() == 1 && other.isEmpty()) {
            return NODES.textNode(unique.first());
        }
        ArrayNode out = NODES.arrayNode();
        unique.forEach(out::add);
        other.forEach(out::add);
        return out;
    }
}
