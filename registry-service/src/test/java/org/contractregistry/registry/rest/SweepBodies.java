package org.contractregistry.registry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.contractregistry.registry.domain.ConfigKeys;
import org.contractregistry.registry.rest.SweepFixtures.Baseline;
import org.contractregistry.registry.rest.SweepRoutes.Field;
import org.contractregistry.registry.rest.SweepRoutes.Route;

/**
 * Hostile bodies for a route: not JSON, JSON of the wrong shape, every known field with a value of each wrong JSON
 * type (fields from the OpenAPI document, config keys from {@link ConfigKeys}), right-typed values the API refuses,
 * bodies over the size limit (with and without a length), and for the lineage endpoint {@link SweepEvents}.
 */
final class SweepBodies {
    /** A body; {@code refused}: it must be 4xx ({@code status} when the family fixes it). */
    record Body(String family, String text, boolean refused, Integer status, boolean chunked) {}

    static final int LIMIT = 1_048_576;
    static final List<String> MALFORMED = List.of("{", "{\"schema\":", "[", "]", "nul", "\u0000", "{} x",
            "{}{}", "{'schema':'x'}", "{\"a\":1,}", "[".repeat(1100) + "]".repeat(1100),
            "{\"a\":".repeat(1100) + "1" + "}".repeat(1100), "\"unterminated");
    static final List<String> WRONG_SHAPES = List.of("null", "[]", "[1,2]", "1", "-1", "1e999", "\"s\"", "true",
            "[{}]", "[null]");

    private final SweepFixtures fixtures;
    private final SweepEvents events;

    SweepBodies(SweepFixtures fixtures) {
        this.fixtures = fixtures;
        this.events = new SweepEvents(fixtures);
    }

    List<Body> of(Route route, Baseline base) {
        List<Body> bodies = new ArrayList<>();
        boolean root = route.key().equals("POST /");
        boolean lineage = route.key().equals("POST /api/v1/lineage");
        for (String text : MALFORMED) { // Jackson sees an array where an object belongs before its end: 422
            bodies.add(new Body("syntax", text, true, lineage || text.startsWith("[") ? null : 400, false));
        }
        bodies.add(new Body("syntax", base.body() + " trailing", true, lineage ? null : 400, false));
        bodies.add(new Body("syntax", duplicateFirstKey(base.body()), true, lineage ? null : 400, false));
        bodies.add(new Body("empty", "", !root, null, false));
        for (String text : WRONG_SHAPES) {
            bodies.add(new Body("shape", text, !(root && text.equals("null")), null, false));
        }
        String huge = "{\"schema\":\"" + "x".repeat(LIMIT) + "\"}";
        bodies.add(new Body("size", huge, true, 413, false));
        bodies.add(new Body("size", huge, true, 413, true));
        if (lineage) {
            events.mutations().forEach(e -> bodies.add(new Body("event-" + e.family(), e.text(), true, e.status(),
                    false)));
            return bodies;
        }
        ObjectNode valid = (ObjectNode) tree(base.body());
        for (Field field : fields(route)) {
            for (JsonNode wrong : wrongValues(field.type())) {
                bodies.add(new Body("field-" + field.name(), valid.deepCopy().set(field.name(), wrong).toString(),
                        true, 422, false));
            }
            if (field.type().equals("array") && !field.items().isEmpty()) {
                itemCases(field, valid, bodies);
            }
        }
        valueCases(route, valid, bodies);
        return bodies;
    }

    /** One field of a valid array item wrong at a time, and items that are no objects. */
    private void itemCases(Field array, ObjectNode valid, List<Body> bodies) {
        for (Field item : array.items()) {
            for (JsonNode wrong : wrongValues(item.type())) {
                ObjectNode body = valid.deepCopy();
                body.putArray(array.name()).add(fixtures.reference().set(item.name(), wrong));
                bodies.add(new Body("item-" + item.name(), body.toString(), true, 422, false));
            }
        }
        for (String element : List.of("null", "1", "\"x\"", "[]")) {
            ObjectNode body = valid.deepCopy();
            body.putArray(array.name()).add(tree(element));
            bodies.add(new Body("item", body.toString(), true, 422, false));
        }
    }

    /** Right-typed values the API refuses, per body kind. */
    private void valueCases(Route route, ObjectNode valid, List<Body> bodies) {
        List<String> changes = switch (route.template()) {
            case "/subjects/{subject}/versions", "/subjects/{subject}", "/compatibility/subjects/{subject}/versions",
                    "/compatibility/subjects/{subject}/versions/{version}" -> registerValues(route);
            case "/config", "/config/{subject}" -> List.of("{\"compatibility\":\"SIDEWAYS\"}",
                    "{\"protobufStrictness\":\"LOOSE\"}", "{\"compatability\":\"FULL\"}", "{\"mode\":\"READONLY\"}",
                    "{\"compatibility\":\"\"}");
            case "/mode", "/mode/{subject}" -> List.of("{\"mode\":\"SOMETIMES\"}", "{\"mode\":\"\"}",
                    "{\"mood\":\"READONLY\"}", "{\"mode\":\"read write\"}");
            case "/api/v1/lineage/bindings" -> List.of("{\"subject\":\"\"}", "{\"subject\":\"a\\u0000b\"}",
                    "{\"namespace\":\"\"}", "{\"name\":\"\"}", "{\"subject\":\"" + "x".repeat(700) + "\"}");
            default -> List.of();
        };
        for (String change : changes) {
            ObjectNode body = valid.deepCopy();
            JsonNode replacement = tree(change);
            if (replacement.isEmpty()) {
                body.removeAll();
            }
            body.setAll((ObjectNode) replacement);
            bodies.add(new Body("value", body.toString(), true, null, false));
        }
        if (route.template().equals("/mode/{subject}")) {
            bodies.add(new Body("value", "{\"mode\":\"FORWARD\"}", true, 422, false));
        }
    }

    private List<String> registerValues(Route route) {
        String a = fixtures.a;
        List<String> values = new ArrayList<>(List.of("{\"schema\":\"\"}", "{\"schema\":\"   \"}",
                "{\"schema\":\"x\"}", "{\"schemaType\":\"JSON\"}", "{\"schemaType\":\"FOO\"}",
                "{\"schema\":\"" + "x".repeat(900_000) + "\"}",
                "{\"references\":[{\"name\":\"x\",\"subject\":\"nosuch-" + fixtures.tag + "\",\"version\":1}]}",
                "{\"references\":[{\"name\":\"x\",\"subject\":\"" + a + "\",\"version\":99}]}",
                "{\"references\":[{\"name\":\"x\",\"subject\":\"" + a + "\",\"version\":0}]}",
                "{\"references\":[{\"name\":\"x\",\"subject\":\"" + a + "\",\"version\":-5}]}",
                "{\"references\":[{\"name\":\"\",\"subject\":\"" + a + "\",\"version\":1}]}",
                "{\"references\":[{\"subject\":\"" + a + "\",\"version\":1}]}",
                "{\"references\":[{\"name\":\"x\",\"version\":1}]}",
                "{\"references\":[{\"name\":\"x\",\"subject\":\"a\\u0000\",\"version\":1}]}",
                "{\"references\":[{\"name\":\"x\",\"subject\":\":.bad\",\"version\":1}]}",
                "{\"references\":[{\"name\":\"p.proto\",\"subject\":\"" + fixtures.b + "\",\"version\":1}]}",
                "{\"metadata\":[]}", "{\"ruleSet\":\"x\"}"));
        if (route.template().equals("/subjects/{subject}/versions")) {
            values.add("{\"id\":2147483000}"); // an explicit id outside IMPORT mode
        }
        return values;
    }

    /** The body's fields: the OpenAPI object's, or the config keys (a free JSON object in the document). */
    private static List<Field> fields(Route route) {
        if (route.template().startsWith("/config")) {
            return ConfigKeys.KEYS.entrySet().stream().map(e -> new Field(e.getKey(),
                    e.getValue().name().toLowerCase(java.util.Locale.ROOT), List.of())).sorted(
                    java.util.Comparator.comparing(Field::name)).toList();
        }
        return route.body();
    }

    /** JSON values of every type but {@code type} (and but null, which clears optional fields). */
    static List<JsonNode> wrongValues(String type) {
        List<String> values = switch (type) {
            case "string" -> List.of("1", "1.5", "true", "[]", "{}", "[\"x\"]");
            case "integer" -> List.of("\"1\"", "1.5", "true", "[]", "{}", "2147483648", "-2147483649", "1e400", "\"\"");
            case "boolean" -> List.of("\"true\"", "1", "[]", "{}", "\"\"");
            case "array" -> List.of("\"x\"", "1", "true", "{}");
            default -> List.of("\"x\"", "1", "true", "[]"); // object
        };
        return values.stream().map(SweepBodies::tree).toList();
    }

    private static String duplicateFirstKey(String json) {
        ObjectNode node = (ObjectNode) tree(json);
        Map.Entry<String, JsonNode> first = node.fields().next();
        return "{\"" + first.getKey() + "\":" + first.getValue() + "," + json.substring(1);
    }

    static JsonNode tree(String json) {
        try {
            return SweepFixtures.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArrayNode array() {
        return SweepFixtures.JSON.createArrayNode();
    }
}
