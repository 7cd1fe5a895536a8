package org.contractregistry.contracts.json.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.contractregistry.contracts.json.Draft;
import org.contractregistry.contracts.json.JsonDocuments;

/**
 * One schema node seen the way the walk compares it: {@code $ref}s followed, and classified into one kind, as
 * Confluent's JSON Schema library (everit) models schemas: a type list is an {@code anyOf} of one schema per type,
 * combination keywords beside other keywords are an {@code allOf} of the rest and each combination, {@code const} is
 * a one-value enum, and a schema without {@code type} takes its kind from its keywords.
 */
final class SchemaView {
    enum Kind { EMPTY, FALSE, STRING, NUMBER, BOOLEAN, NULL, OBJECT, ARRAY, ENUM, COMBINED, NOT }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> COMBINATORS = List.of("allOf", "anyOf", "oneOf", "not");
    private static final Set<String> OBJECT_KEYWORDS = Set.of("properties", "required", "additionalProperties",
            "patternProperties", "minProperties", "maxProperties", "dependencies", "dependentRequired",
            "dependentSchemas", "propertyNames");
    private static final Set<String> ARRAY_KEYWORDS = Set.of("items", "prefixItems", "additionalItems", "minItems",
            "maxItems", "uniqueItems", "contains");
    private static final Set<String> STRING_KEYWORDS = Set.of("minLength", "maxLength", "pattern");
    private static final Set<String> NUMBER_KEYWORDS = Set.of("minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "multipleOf");
    private static final Set<String> CONSTRAINTS = union(OBJECT_KEYWORDS, ARRAY_KEYWORDS, STRING_KEYWORDS,
            NUMBER_KEYWORDS, Set.of("type", "enum", "const"));

    final JsonDocuments docs;
    final JsonNode node;
    final String document;
    final Draft draft;
    final Kind kind;
    /** For COMBINED: allOf, anyOf or oneOf. */
    final String criterion;
    /** For COMBINED and NOT: the subschemas (NOT has one). */
    final List<SchemaView> subschemas;
    /** For NUMBER: whether only integers pass. */
    final boolean integer;
    /** The node's content digest when it is a {@code $ref}-free container of {@link #docs}, else null. */
    final JsonDocuments.ContentDigest digest;
    /** For objects: the properties, indexed on first use (racing threads build equal copies; the index is immutable). */
    private PropertyIndex properties;

    private SchemaView(JsonDocuments docs, JsonNode node, String document, Draft draft, Kind kind, String criterion,
            List<SchemaView> subschemas, boolean integer) {
        this.docs = docs;
        this.node = node;
        this.document = document;
        this.draft = draft;
        this.kind = kind;
        this.criterion = criterion;
        this.subschemas = subschemas;
        this.integer = integer;
        this.digest = docs.digest(node);
    }

    /** The view of the main schema's root, made once per parsed schema and kept with its documents. */
    static SchemaView root(JsonDocuments docs, Draft draft) {
        SchemaView kept = docs.derived(SchemaView.class, d -> of(d, draft, d.root().node(), JsonDocuments.MAIN));
        return kept.draft == draft ? kept : of(docs, draft, docs.root().node(), JsonDocuments.MAIN);
    }

    /** The view of {@code node} written in {@code document}, refs followed (a ref cycle of refs only is EMPTY). */
    static SchemaView of(JsonDocuments docs, Draft draft, JsonNode node, String document) {
        JsonNode current = node;
        String doc = document;
        for (int hops = 0; current.isObject() && current.path("$ref").isTextual(); hops++) {
            if (hops > 64) {
                return new SchemaView(docs, current, doc, draft, Kind.EMPTY, null, List.of(), false);
            }
            var target = docs.resolve(doc, current.get("$ref").asText()).orElse(null);
            if (target == null) {
                break;
            }
            current = target.node();
            doc = target.document();
        }
        return classify(docs, draft, current, doc);
    }

    private static SchemaView classify(JsonDocuments docs, Draft draft, JsonNode node, String doc) {
        if (node.isBoolean()) {
            return new SchemaView(docs, node, doc, draft, node.asBoolean() ? Kind.EMPTY : Kind.FALSE, null, List.of(), false);
        }
        List<String> combinators = new ArrayList<>(2);
        for (String combinator : COMBINATORS) {
            if (node.has(combinator)) {
                combinators.add(combinator);
            }
        }
        boolean constrained = hasAny(node, CONSTRAINTS);
        if (!combinators.isEmpty() && (constrained || combinators.size() > 1)) {
            List<SchemaView> parts = new ArrayList<>();
            if (constrained) {
                parts.add(classify(docs, draft, without(node, COMBINATORS), doc));
            }
            for (String combinator : combinators) {
                ObjectNode only = NODES.objectNode();
                only.set(combinator, node.get(combinator));
                parts.add(classify(docs, draft, only, doc));
            }
            return combined(docs, node, doc, draft, "allOf", parts);
        }
        if (combinators.size() == 1) {
            String combinator = combinators.get(0);
            List<SchemaView> parts = new ArrayList<>();
            if (combinator.equals("not")) {
                parts.add(of(docs, draft, node.get("not"), doc));
                return new SchemaView(docs, node, doc, draft, Kind.NOT, null, parts, false);
            }
            node.get(combinator).forEach(sub -> parts.add(of(docs, draft, sub, doc)));
            return combined(docs, node, doc, draft, combinator, parts);
        }
        if (node.has("enum") || node.has("const")) {
            return new SchemaView(docs, node, doc, draft, Kind.ENUM, null, List.of(), false);
        }
        JsonNode type = node.path("type");
        if (type.isArray() && type.size() == 1) {
            type = type.get(0);
        }
        if (type.isArray()) {
            List<SchemaView> parts = new ArrayList<>();
            for (JsonNode each : type) {
                ObjectNode single = (ObjectNode) node.deepCopy();
                single.set("type", each);
                parts.add(classify(docs, draft, single, doc));
            }
            return combined(docs, node, doc, draft, "anyOf", parts);
        }
        Kind kind = type.isTextual() ? kindOf(type.asText()) : inferred(node);
        return new SchemaView(docs, node, doc, draft, kind, null, List.of(), "integer".equals(type.asText(null)));
    }

    private static SchemaView combined(JsonDocuments docs, JsonNode node, String doc, Draft draft, String criterion, List<SchemaView> parts) {
        return new SchemaView(docs, node, doc, draft, Kind.COMBINED, criterion, List.copyOf(parts), false);
    }

    private static Kind kindOf(String type) {
        return switch (type) {
            case "string" -> Kind.STRING;
            case "integer", "number" -> Kind.NUMBER;
            case "boolean" -> Kind.BOOLEAN;
            case "null" -> Kind.NULL;
            case "object" -> Kind.OBJECT;
            case "array" -> Kind.ARRAY;
            default -> Kind.EMPTY;
        };
    }

    private static Kind inferred(JsonNode node) {
        if (hasAny(node, OBJECT_KEYWORDS)) {
            return Kind.OBJECT;
        }
        if (hasAny(node, ARRAY_KEYWORDS)) {
            return Kind.ARRAY;
        }
        if (hasAny(node, STRING_KEYWORDS)) {
            return Kind.STRING;
        }
        if (hasAny(node, NUMBER_KEYWORDS)) {
            return Kind.NUMBER;
        }
        return Kind.EMPTY;
    }

    private static boolean hasAny(JsonNode node, Set<String> keywords) {
        var names = node.fieldNames();
        while (names.hasNext()) {
            if (keywords.contains(names.next())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode without(JsonNode node, List<String> keys) {
        ObjectNode copy = (ObjectNode) node.deepCopy();
        copy.remove(keys);
        return copy;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.HashSet<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    /** This object's properties and required names, indexed on first use. */
    PropertyIndex properties() {
        PropertyIndex index = properties;
        if (index == null) {
            index = PropertyIndex.of(this);
            properties = index;
        }
        return index;
    }

    /** The subschema under {@code keyword}, or null when absent. */
    SchemaView child(String keyword) {
        JsonNode value = node.get(keyword);
        return value == null ? null : of(docs, draft, value, document);
    }

    /** The subschema at {@code value}, a node inside this one (a property's schema, a tuple item). */
    SchemaView at(JsonNode value) {
        return of(docs, draft, value, document);
    }

    /** The enum values (a {@code const} is one value), as a JSON array. */
    ArrayNode enumValues() {
        if (node.has("enum") && node.get("enum").isArray()) {
            return (ArrayNode) node.get("enum");
        }
        ArrayNode single = NODES.arrayNode();
        single.add(node.get("const"));
        return single;
    }

    boolean hasDefault() {
        return node.isObject() && node.has("default");
    }

    /** The identity the walk's cycle guard uses. */
    JsonNode identity() {
        return node;
    }
}
