package org.contractregistry.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.contractregistry.contracts.ContractSchema;
import org.contractregistry.contracts.Contracts;
import org.contractregistry.contracts.SchemaSource;
import org.contractregistry.contracts.compatibility.CheckOptions;
import org.contractregistry.contracts.compatibility.CompatibilityChecker;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.contracts.compatibility.CompatibilityResult;
import org.contractregistry.contracts.compatibility.PriorVersion;
import org.junit.jupiter.api.Test;

/**
 * Judges the engine by real documents: random object schemas (typed, nullable and enum properties with length,
 * pattern, range and multipleOf constraints, one level of nesting and arrays, required lists, open, closed and
 * partly open content models) and random evolutions of them. Whenever the engine calls an evolution BACKWARD
 * compatible, every random document networknt's validator accepts under the old schema must be accepted under the new
 * one; when it calls it FORWARD compatible, the reverse. Defaults are never generated: Confluent counts a required
 * property with a default as compatible, which holds for deserialisers that fill defaults, not for a validator.
 */
class JsonDocumentsPropertyTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> NAMES = List.of("a", "b", "c", "d");
    private static final SchemaRegistry VALIDATORS =
            SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_7);

    private final AtomicInteger compatible = new AtomicInteger();
    private final AtomicInteger incompatible = new AtomicInteger();
    private final AtomicInteger documentsChecked = new AtomicInteger();

    @Test
    void documentsTheOldSchemaAcceptsPassTheNewOneWheneverTheEngineSaysCompatible() {
        qt().withExamples(400).withFixedSeed(20261203L).forAll(longs().all()).checkAssert(this::evolveAndCheck);
        assertThat(compatible.get()).as("compatible verdicts exercised").isGreaterThan(60);
        assertThat(incompatible.get()).as("incompatible verdicts seen").isGreaterThan(60);
        assertThat(documentsChecked.get()).as("documents checked against compatible pairs").isGreaterThan(1000);
    }

    private void evolveAndCheck(long seed) {
        Random random = new Random(seed);
        ObjectNode old = object(random, 0);
        ObjectNode fresh = random.nextInt(5) == 0 ? object(random, 0) : evolve(random, old, 0);
        ContractSchema oldSchema = Contracts.parse(SchemaSource.json(old.toString())).orThrow();
        ContractSchema newSchema = Contracts.parse(SchemaSource.json(fresh.toString())).orThrow();
        List<JsonNode> documents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            documents.add(i % 4 == 0 ? document(random, 0) : shaped(random, i % 2 == 0 ? old : fresh));
        }
        check(CompatibilityLevel.BACKWARD, oldSchema, newSchema, old, fresh, documents);
        check(CompatibilityLevel.FORWARD, oldSchema, newSchema, fresh, old, documents);
    }

    private void check(CompatibilityLevel level, ContractSchema oldSchema, ContractSchema newSchema, JsonNode writer,
            JsonNode reader, List<JsonNode> documents) {
        CompatibilityResult result = CompatibilityChecker.checkPair(newSchema, new PriorVersion(1, oldSchema), level,
                CheckOptions.DEFAULT);
        if (!result.isCompatible()) {
            incompatible.incrementAndGet();
            return;
        }
        compatible.incrementAndGet();
        Schema writing = VALIDATORS.getSchema(writer);
        Schema reading = VALIDATORS.getSchema(reader);
        for (JsonNode document : documents) {
            if (writing.validate(document).isEmpty()) {
                documentsChecked.incrementAndGet();
                assertThat(reading.validate(document))
                        .as(level + " compatible, yet the reader rejects a document the writer accepts.\nwriter: "
                                + writer + "\nreader: " + reader + "\ndocument: " + document)
                        .isEmpty();
            }
        }
    }

    private static ObjectNode object(Random random, int depth) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (String name : NAMES) {
            if (random.nextInt(3) > 0) {
                properties.set(name, property(random, depth));
                if (random.nextBoolean()) {
                    required.add(name);
                }
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        contentModel(random, schema);
        return schema;
    }

    private static void contentModel(Random random, ObjectNode schema) {
        switch (random.nextInt(4)) {
            case 0 -> schema.put("additionalProperties", false);
            case 1 -> schema.putObject("additionalProperties").put("type", "string");
            default -> schema.remove("additionalProperties");
        }
    }

    private static JsonNode property(Random random, int depth) {
        ObjectNode p = NODES.objectNode();
        switch (random.nextInt(depth == 0 ? 8 : 6)) {
            case 0, 1 -> {
                p.put("type", "string");
                if (random.nextBoolean()) {
                    p.put("maxLength", random.nextBoolean() ? 2 : 5);
                }
                if (random.nextInt(3) == 0) {
                    p.put("minLength", 1);
                }
                if (random.nextInt(4) == 0) {
                    p.put("pattern", "^[a-c]*$");
                }
            }
            case 2 -> {
                p.put("type", random.nextBoolean() ? "integer" : "number");
                if (random.nextBoolean()) {
                    p.put("minimum", random.nextBoolean() ? 0 : 5);
                }
                if (random.nextBoolean()) {
                    p.put("maximum", random.nextBoolean() ? 8 : 20);
                }
                if (random.nextInt(3) == 0) {
                    p.put("multipleOf", new int[] {1, 2, 4}[random.nextInt(3)]);
                }
            }
            case 3 -> p.put("type", "boolean");
            case 4 -> p.putArray("type").add("string").add("null");
            case 5 -> {
                ArrayNode values = p.putArray("enum");
                for (String v : List.of("a", "abc", "Z")) {
                    if (random.nextBoolean() || values.isEmpty() && v.equals("Z")) {
                        values.add(v);
                    }
                }
            }
            case 6 -> {
                return object(random, depth + 1);
            }
            default -> {
                p.put("type", "array");
                p.set("items", property(random, depth + 1));
                if (random.nextInt(3) == 0) {
                    p.put("maxItems", 2);
                }
            }
        }
        return p;
    }

    /** A random change to each property (kept, retyped, dropped, re-required), and maybe the content model. */
    private static ObjectNode evolve(Random random, ObjectNode old, int depth) {
        ObjectNode schema = old.deepCopy();
        ObjectNode properties = (ObjectNode) schema.get("properties");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        for (String name : NAMES) {
            switch (random.nextInt(8)) {
                case 0 -> {
                    properties.remove(name);
                    required.remove(name);
                }
                case 1 -> properties.set(name, property(random, depth));
                case 2 -> {
                    if (properties.has(name) && !required.remove(name)) {
                        required.add(name);
                    }
                }
                case 3 -> {
                    if (properties.path(name).path("type").asText().equals("object")) {
                        properties.set(name, evolve(random, (ObjectNode) properties.get(name), depth + 1));
                    }
                }
                case 4 -> {
                    if (!properties.has(name)) {
                        properties.putObject(name);
                    }
                }
                default -> { }
            }
        }
        schema.remove("required");
        if (!required.isEmpty()) {
            ArrayNode list = schema.putArray("required");
            required.forEach(list::add);
        }
        if (random.nextInt(4) == 0) {
            contentModel(random, schema);
        }
        return schema;
    }

    /** A document shaped like the schema (likely, not surely, valid: the validator decides). */
    private static JsonNode shaped(Random random, JsonNode schema) {
        if (random.nextInt(20) == 0) {
            return value(random, 2);
        }
        JsonNode type = schema.path("type");
        if (schema.has("enum")) {
            ArrayNode values = (ArrayNode) schema.get("enum");
            return random.nextInt(6) == 0 ? NODES.textNode("ab") : values.get(random.nextInt(values.size()));
        }
        if (type.isArray()) {
            return random.nextInt(3) == 0 ? NODES.nullNode() : NODES.textNode(List.of("", "a", "abc", "abcdef").get(random.nextInt(4)));
        }
        return switch (type.asText("")) {
            case "object" -> {
                ObjectNode document = NODES.objectNode();
                java.util.Set<String> required = new java.util.HashSet<>();
                schema.path("required").forEach(n -> required.add(n.asText()));
                schema.path("properties").fields().forEachRemaining(e -> {
                    if (required.contains(e.getKey()) || random.nextBoolean()) {
                        document.set(e.getKey(), shaped(random, e.getValue()));
                    }
                });
                if (random.nextInt(4) == 0) {
                    document.set(NAMES.get(random.nextInt(NAMES.size())), value(random, 2));
                }
                yield document;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(shaped(random, schema.path("items")));
                }
                yield array;
            }
            case "string" -> NODES.textNode(List.of("", "a", "abc", "abcdef", "Z").get(random.nextInt(5)));
            case "integer", "number" -> random.nextInt(5) == 0 ? NODES.numberNode(2.5)
                    : NODES.numberNode(new int[] {-1, 0, 4, 6, 8, 12, 24}[random.nextInt(7)]);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> value(random, 1);
        };
    }

    private static JsonNode document(Random random, int depth) {
        ObjectNode document = NODES.objectNode();
        for (String name : NAMES) {
            if (random.nextInt(4) > 0) {
                document.set(name, value(random, depth));
            }
        }
        if (random.nextInt(4) == 0) {
            document.set("extra", value(random, depth + 1));
        }
        return document;
    }

    private static JsonNode value(Random random, int depth) {
        return switch (random.nextInt(depth < 2 ? 8 : 6)) {
            case 0 -> NODES.textNode(List.of("", "a", "abc", "abcdef", "Z").get(random.nextInt(5)));
            case 1 -> NODES.numberNode(new int[] {-1, 0, 4, 6, 8, 12, 24}[random.nextInt(7)]);
            case 2 -> NODES.numberNode(random.nextBoolean() ? 0.5 : 2.5);
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> NODES.textNode("ab");
            case 6 -> document(random, depth + 1);
            default -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(value(random, depth + 1));
                }
                yield array;
            }
        };
    }
}
