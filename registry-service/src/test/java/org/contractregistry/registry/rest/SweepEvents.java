package org.contractregistry.registry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * OpenLineage events the ingestion must refuse, each one change away from the set-up's valid RunEvent (with a
 * fresh runId, so an event accepted by mistake would show up as a new run): bad eventTime, bad UUIDs, missing
 * required fields, wrong types, facets and events over the size limits, nesting deeper than the parser allows.
 */
final class SweepEvents {
    /** A refused event; {@code status} when the problem fixes it (413 for sizes). */
    record Mutation(String family, String text, Integer status) {}

    private final SweepFixtures fixtures;

    SweepEvents(SweepFixtures fixtures) {
        this.fixtures = fixtures;
    }

    List<Mutation> mutations() {
        List<Mutation> out = new ArrayList<>();
        for (String time : List.of("\"\"", "\"x\"", "\"2026-13-01T00:00:00Z\"", "\"2026-02-30T00:00:00Z\"",
                "\"2026-11-25\"", "\"2026-11-25T10:00:00\"", "\"1764064800\"", "\"+999999999-01-01T00:00:00Z\"",
                "\"-2024-01-01T00:00:00Z\"", "\"+12026-11-25T10:00:00Z\"", "\"2026-11-25T25:00:00Z\"",
                "\"2026-11-25T10:00:00+99:00\"", "1764064800", "[]", "{}", "null", "true")) {
            out.add(set("eventTime", "eventTime", time));
        }
        for (String id : List.of("\"\"", "\"x\"", "\"1-1-1-1-1\"", "\"0-0-0-0-0\"",
                "\"00000000-0000-0000-0000-00000000000g\"", "\"{00000000-0000-0000-0000-000000000000}\"",
                "\"00000000000000000000000000000000\"", "\"ffffffff-ffff-ffff-ffff-ffffffffffffff\"", "1", "[]",
                "null")) {
            out.add(set("runId", "run.runId", id));
        }
        for (String path : List.of("eventTime", "producer", "run.runId", "job.name", "job.namespace", "inputs.0.name",
                "inputs.0.namespace")) {
            out.add(remove("missing", path));
        }
        out.add(set("type", "eventType", "\"EXPLODED\""));
        out.add(set("type", "eventType", "1"));
        for (String wrong : List.of("1", "\"\"", "[]", "{}")) {
            out.add(set("type", "producer", wrong));
        }
        for (String wrong : List.of("1", "true", "[]", "{}")) {
            out.add(set("type", "schemaURL", wrong));
        }
        for (String path : List.of("run", "job")) {
            for (String wrong : List.of("\"x\"", "1", "[]")) {
                out.add(set("type", path, wrong));
            }
        }
        for (String path : List.of("inputs", "outputs")) {
            for (String wrong : List.of("{}", "1", "\"x\"", "[1]", "[null]", "[[]]")) {
                out.add(set("type", path, wrong));
            }
        }
        for (String path : List.of("job.name", "job.namespace", "inputs.0.name", "inputs.0.namespace")) {
            for (String wrong : List.of("1", "[]", "\"   \"", "\"a\\u0000b\"", "\"" + "n".repeat(2000) + "\"")) {
                out.add(set("name", path, wrong));
            }
        }
        for (String wrong : List.of("\"x\"", "1", "[]", "{\"parent\":\"x\"}", "{\"parent\":{\"job\":{\"namespace\":1},"
                + "\"run\":{\"runId\":\"x\"}}}", "{\"parent\":{\"job\":{\"namespace\":\"n\",\"name\":\"j\"},"
                + "\"run\":{\"runId\":\"1-1-1-1-1\"}}}", "{\"f\":1}", "{\"f\":\"x\"}")) {
            out.add(set("facets", "run.facets", wrong));
        }
        for (String wrong : List.of("1", "[1]", "[{\"name\":1}]", "[{\"name\":\"a\",\"type\":1}]",
                "[{\"name\":\"a\",\"fields\":\"x\"}]", "[{\"type\":\"int\"}]", "{}")) {
            out.add(set("schema-facet", "inputs.0.facets.schema.fields", wrong));
        }
        out.add(set("size", "run.facets", "{\"big\":{\"x\":\"" + "y".repeat(300_000) + "\"}}", 413));
        out.add(set("size", "producer", "\"" + "p".repeat(SweepBodies.LIMIT) + "\"", 413));
        out.add(set("nesting", "run.facets", "{\"deep\":" + "{\"a\":".repeat(1000) + "1" + "}".repeat(1000) + "}",
                400));
        return out;
    }

    private Mutation set(String family, String path, String json) {
        return set(family, path, json, null);
    }

    /** The valid event with the value at a dotted path ({@code inputs.0.name}) replaced. */
    private Mutation set(String family, String path, String json, Integer status) {
        ObjectNode event = fresh();
        String[] steps = path.split("\\.");
        JsonNode parent = event;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = child(parent, steps[i]);
        }
        JsonNode value = json.length() > 2_000 ? null : SweepBodies.tree(json);
        if (value == null) { // large or deeper than Jackson reads: spliced in as text
            ((ObjectNode) parent).put(steps[steps.length - 1], "@@SPLICE@@");
            return new Mutation(family, event.toString().replace("\"@@SPLICE@@\"", json), status);
        }
        ((ObjectNode) parent).set(steps[steps.length - 1], value);
        return new Mutation(family, event.toString(), status);
    }

    private Mutation remove(String family, String path) {
        ObjectNode event = fresh();
        String[] steps = path.split("\\.");
        JsonNode parent = event;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = child(parent, steps[i]);
        }
        ((ObjectNode) parent).remove(steps[steps.length - 1]);
        return new Mutation(family + "-" + path, event.toString(), null);
    }

    private static JsonNode child(JsonNode node, String step) {
        return node.isArray() ? node.get(Integer.parseInt(step)) : node.get(step);
    }

    /** The set-up's event with a runId of its own. */
    private ObjectNode fresh() {
        ObjectNode event = (ObjectNode) SweepBodies.tree(fixtures.event);
        ((ObjectNode) event.get("run")).put("runId", UUID.randomUUID().toString());
        return event;
    }
}
