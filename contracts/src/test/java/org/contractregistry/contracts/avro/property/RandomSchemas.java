package org.contractregistry.contracts.avro.property;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random Avro record schemas and random evolutions of them, as JSON, driven by one {@link Random} so that a
 * QuickTheories seed reproduces a case. Evolutions may be compatible or not; the engine decides, serialization judges.
 */
final class RandomSchemas {
    private static final JsonNodeFactory J = JsonNodeFactory.instance;
    private static final String[] PRIMITIVES = {"int", "long", "float", "double", "string", "bytes", "boolean"};

    private final Random random;
    private int names;

    RandomSchemas(long seed) {
        this.random = new Random(seed);
    }

    ObjectNode record(int depth) {
        ObjectNode record = J.objectNode().put("type", "record").put("name", "R" + (names++));
        ArrayNode fields = record.putArray("fields");
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            fields.add(field("f" + i, type(depth), false));
        }
        return record;
    }

    private JsonNode type(int depth) {
        int pick = random.nextInt(depth > 1 ? 10 : 11);
        return switch (pick) {
            case 0, 1, 2, 3 -> J.textNode(primitive());
            case 4 -> enumType();
            case 5 -> J.arrayNode().add("null").add(primitive());
            case 6 -> J.objectNode().put("type", "array").set("items", J.textNode(primitive()));
            case 7 -> J.objectNode().put("type", "map").set("values", J.textNode(primitive()));
            case 8 -> J.objectNode().put("type", "fixed").put("name", "F" + (names++)).put("size", 1 + random.nextInt(4));
            case 9 -> J.arrayNode().add(primitive()).add(enumType());
            default -> record(depth + 1);
        };
    }

    private String primitive() {
        return PRIMITIVES[random.nextInt(PRIMITIVES.length)];
    }

    private ObjectNode enumType() {
        ObjectNode e = J.objectNode().put("type", "enum").put("name", "E" + (names++));
        ArrayNode symbols = e.putArray("symbols");
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            symbols.add("S" + i);
        }
        if (random.nextInt(3) == 0) {
            e.put("default", "S0");
        }
        return e;
    }

    private ObjectNode field(String name, JsonNode type, boolean withDefault) {
        ObjectNode field = J.objectNode().put("name", name);
        field.set("type", type);
        if (withDefault) {
            field.set("default", defaultFor(type));
        }
        return field;
    }

    private static JsonNode defaultFor(JsonNode type) {
        if (type.isArray()) {
            return defaultFor(type.get(0));
        }
        String t = type.isTextual() ? type.asText() : type.get("type").asText();
        return switch (t) {
            case "null" -> J.nullNode();
            case "int", "long" -> J.numberNode(7);
            case "float", "double" -> J.numberNode(1.5);
            case "string", "bytes" -> J.textNode("d");
            case "boolean" -> J.booleanNode(true);
            case "enum" -> J.textNode(type.get("symbols").get(0).asText());
            case "array" -> J.arrayNode();
            case "map" -> J.objectNode();
            case "fixed" -> J.textNode("x".repeat(type.get("size").asInt()));
            default -> throw new IllegalArgumentException("no default for " + type);
        };
    }

    /** A copy of the record with 1-3 random changes, anywhere in its top-level fields. */
    ObjectNode evolve(ObjectNode original) {
        ObjectNode record = original.deepCopy();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            change(record);
        }
        return record;
    }

    private void change(ObjectNode record) {
        ArrayNode fields = (ArrayNode) record.get("fields");
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            indexes.add(i);
        }
        int at = fields.isEmpty() ? -1 : indexes.get(random.nextInt(indexes.size()));
        ObjectNode field = at < 0 ? null : (ObjectNode) fields.get(at);
        switch (random.nextInt(9)) {
            case 0 -> fields.add(field("n" + (names++), type(2), true));
            case 1 -> fields.add(field("n" + (names++), type(2), false));
            case 2 -> {
                if (at >= 0 && fields.size() > 1) {
                    fields.remove(at);
                }
            }
            case 3 -> {
                if (field != null && field.get("type").isTextual()) {
                    field.put("type", retype(field.get("type").asText()));
                    field.remove("default");
                }
            }
            case 4 -> {
                if (field != null) {
                    String old = field.get("name").asText();
                    field.put("name", old + "_v" + (names++));
                    if (random.nextInt(4) != 0) {
                        field.putArray("aliases").add(old);
                    }
                }
            }
            case 5, 6 -> {
                if (field != null) {
                    changeEnum(field.get("type"));
                }
            }
            default -> {
                if (field != null) {
                    changeUnion(field);
                }
            }
        }
    }

    /** Promotions and some demotions: int, long, float, double, string, bytes, boolean. */
    private String retype(String type) {
        String[] to = switch (type) {
            case "int" -> new String[] {"long", "float", "double", "string"};
            case "long" -> new String[] {"float", "double", "int"};
            case "float" -> new String[] {"double", "long"};
            case "double" -> new String[] {"float", "int"};
            case "string" -> new String[] {"bytes", "int"};
            case "bytes" -> new String[] {"string", "boolean"};
            default -> new String[] {"int", "string"};
        };
        return to[random.nextInt(to.length)];
    }

    private void changeEnum(JsonNode type) {
        ObjectNode e = null;
        if (type.isObject() && type.get("type").asText().equals("enum")) {
            e = (ObjectNode) type;
        } else if (type.isArray()) {
            for (JsonNode branch : type) {
                if (branch.isObject() && branch.get("type").asText().equals("enum")) {
                    e = (ObjectNode) branch;
                }
            }
        }
        if (e == null) {
            return;
        }
        ArrayNode symbols = (ArrayNode) e.get("symbols");
        switch (random.nextInt(3)) {
            case 0 -> symbols.add("X" + (names++));
            case 1 -> {
                if (symbols.size() > 1) {
                    symbols.remove(symbols.size() - 1);
                }
            }
            default -> e.put("default", symbols.get(0).asText());
        }
    }

    private void changeUnion(ObjectNode field) {
        JsonNode type = field.get("type");
        if (type.isTextual()) {
            field.set("type", J.arrayNode().add("null").add(type.asText()));
            field.remove("default");
        } else if (type.isArray() && type.size() > 1) {
            ArrayNode union = (ArrayNode) type;
            if (random.nextBoolean()) {
                String extra = primitive();
                boolean present = false;
                for (JsonNode branch : union) {
                    present |= branch.isTextual() && branch.asText().equals(extra);
                }
                if (!present) {
                    union.add(extra);
                }
            } else {
                field.set("type", union.get(union.size() - 1));
                field.remove("default");
            }
        }
    }
}
