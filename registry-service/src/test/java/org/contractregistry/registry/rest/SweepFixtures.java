package org.contractregistry.registry.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.contractregistry.registry.rest.SweepHttp.Call;

/**
 * The valid set-up the sweep attacks (Avro and Protobuf subjects, a reference, a context, a subject config and mode,
 * a lineage run and a binding) and, for every route, one valid request over it: the baseline the hostile cases
 * mutate one input at a time.
 */
final class SweepFixtures {
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A valid request of a route. {@code writes}: it changes state when accepted, so the sweep never sends it as is
     * and sends it only with mutations that must be refused.
     */
    record Baseline(Map<String, String> path, Map<String, String> query, String body, boolean writes) {}

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String a = "sweep-" + tag + "-a";
    final String b = "sweep-" + tag + "-b";
    final String d = "sweep-" + tag + "-d";
    final String m = "sweep-" + tag + "-m";
    final String context = ".sw" + tag;
    final String c = ":" + context + ":c";
    final String avroV1 = "{\"type\":\"record\",\"name\":\"R\",\"namespace\":\"sweep\",\"fields\":["
            + "{\"name\":\"a\",\"type\":\"int\"}]}";
    final String avroV2 = "{\"type\":\"record\",\"name\":\"R\",\"namespace\":\"sweep\",\"fields\":["
            + "{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"b\",\"type\":\"string\",\"default\":\"\"}]}";
    final String proto = "syntax = \"proto3\";\npackage sweep;\n\nmessage Order {\n  int32 id = 1;\n"
            + "  string customer = 2;\n  repeated string lines = 3;\n}\n";
    final String lineageNamespace = "sweep-" + tag;
    final String job = "job-" + tag;
    final String topicNamespace = "kafka://sweep-broker:9092";
    final String topic = "sweep-" + tag + "-topic";
    final UUID runId = UUID.randomUUID();
    final String bindNamespace = "postgres://sweep:5432";
    final String bindName = "shop.public.sw" + tag;
    int idA1;
    String guidA1;
    String event;
    String keyId;

    /** Creates the set-up through the API; each step must succeed. */
    void create(SweepHttp http) {
        JsonNode a1 = ok(http, Call.json("POST", "/subjects/" + a + "/versions", body(avroV1, null)));
        idA1 = a1.path("id").asInt();
        guidA1 = a1.path("guid").asText();
        ok(http, Call.json("POST", "/subjects/" + a + "/versions", body(avroV2, null)));
        ok(http, Call.json("POST", "/subjects/" + b + "/versions", body(proto, "PROTOBUF")));
        ObjectNode withReference = (ObjectNode) JSON.valueToTree(Map.of("schema", "{\"type\":\"record\","
                + "\"name\":\"D\",\"namespace\":\"sweep\",\"fields\":[{\"name\":\"r\",\"type\":\"R\"}]}"));
        withReference.putArray("references").addObject().put("name", "sweep.R").put("subject", a).put("version", 1);
        ok(http, Call.json("POST", "/subjects/" + d + "/versions", withReference.toString()));
        ok(http, Call.json("POST", "/subjects/" + enc(c) + "/versions", body(avroV1, null)));
        ObjectNode withMetadata = JSON.createObjectNode().put("schema", avroV1);
        withMetadata.putObject("metadata").putObject("properties").put("owner", "sweep");
        ok(http, Call.json("POST", "/subjects/" + m + "/versions", withMetadata.toString()));
        ok(http, Call.json("PUT", "/config/" + a, "{\"compatibility\":\"FULL\"}"));
        ok(http, Call.json("PUT", "/mode/" + b, "{\"mode\":\"READWRITE\"}"));
        event = "{\"eventType\":\"COMPLETE\",\"eventTime\":\"2026-11-25T10:00:00Z\",\"producer\":\"https://sweep\","
                + "\"schemaURL\":\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent\","
                + "\"run\":{\"runId\":\"" + runId + "\"},\"job\":{\"namespace\":\"" + lineageNamespace
                + "\",\"name\":\"" + job + "\"},\"inputs\":[{\"namespace\":\"" + topicNamespace + "\",\"name\":\""
                + topic + "\",\"facets\":{\"schema\":{\"_producer\":\"https://sweep\",\"_schemaURL\":\"https://x\","
                + "\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}}}],\"outputs\":[]}";
        assertThat(http.send(Call.json("POST", "/api/v1/lineage", event).withContentType("application/json")).status())
                .isEqualTo(201);
        ok(http, Call.json("PUT", "/api/v1/lineage/bindings", binding()).withContentType("application/json"));
        // Identities (the test registry is open on purpose: users and keys made here change nothing of that)
        ok(http, Call.json("PUT", "/api/v1/security/users/sweep-" + tag + "-gone", "{\"password\":\"sweep-password\","
                + "\"role\":\"reader\"}").withContentType("application/json"));
        ok(http, Call.json("PUT", "/api/v1/security/teams/sweep-" + tag + "-gone", "{\"prefixes\":[]}")
                .withContentType("application/json"));
        SweepHttp.Answer key = http.send(Call.json("POST", "/api/v1/security/keys", "{\"role\":\"reader\"}")
                .withContentType("application/json"));
        assertThat(key.status()).as("set-up key: %s", key.body()).isEqualTo(201);
        try {
            keyId = JSON.readTree(key.body()).path("id").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String body(String schema, String type) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("schema", schema);
        if (type != null) {
            body.put("schemaType", type);
        }
        return JSON.valueToTree(body).toString();
    }

    String binding() {
        return JSON.valueToTree(Map.of("namespace", bindNamespace, "name", bindName, "subject", a)).toString();
    }

    /** A valid reference item, for mutating one field of it. */
    ObjectNode reference() {
        return JSON.createObjectNode().put("name", "sweep.R").put("subject", a).put("version", 1);
    }

    /** The baseline of every route, keyed as {@link SweepRoutes.Route#key()}. */
    Map<String, Baseline> baselines() {
        Map<String, Baseline> all = new HashMap<>();
        String lookup = body(avroV1, null);
        String check = body(avroV2, null);
        all.put("POST /", read(Map.of(), Map.of(), "{\"ping\":\"sweep\"}"));
        all.put("GET /", read(Map.of(), Map.of(), null));
        all.put("GET /api/v1/audit", read(Map.of(), Map.of("subject", a, "operation", "schema.register",
                "from", "2000-01-01T00:00:00Z", "limit", "10"), null));
        all.put("GET /api/v1/audit/verify", read(Map.of(), Map.of(), null));
        all.put("GET /api/v1/governance/subjects", read(Map.of(), Map.of("owner", "sweep", "tag", "t",
                "sensitivity", "PII", "lifecycle", "active", "offset", "0", "limit", "10"), null));
        all.put("GET /api/v1/contracts/subjects/{subject}/consumers", read(Map.of("subject", a), Map.of(), null));
        all.put("GET /api/v1/drift", read(Map.of(), Map.of("subject", a, "limit", "10"), null));
        all.put("GET /api/v1/jobs/runs/{id}", read(Map.of("id", runId.toString()), Map.of(), null));
        all.put("POST /api/v1/lineage", write(Map.of(), Map.of(), event));
        all.put("GET /api/v1/lineage", read(Map.of(), Map.of("nodeId", "dataset:" + topicNamespace + ":" + topic,
                "depth", "2"), null));
        all.put("DELETE /api/v1/lineage/bindings", write(Map.of(), Map.of("namespace", bindNamespace,
                "name", bindName), null));
        all.put("GET /api/v1/lineage/bindings", read(Map.of(), Map.of(), null));
        all.put("PUT /api/v1/lineage/bindings", write(Map.of(), Map.of(), binding()));
        all.put("GET /api/v1/lineage/bindings/current", read(Map.of(), Map.of("namespace", bindNamespace,
                "name", bindName), null));
        all.put("GET /api/v1/namespaces", read(Map.of(), Map.of(), null));
        all.put("GET /api/v1/namespaces/{namespace}/datasets",
                read(Map.of("namespace", topicNamespace), Map.of(), null));
        all.put("GET /api/v1/namespaces/{namespace}/datasets/{dataset}",
                read(Map.of("namespace", topicNamespace, "dataset", topic), Map.of(), null));
        all.put("GET /api/v1/namespaces/{namespace}/jobs", read(Map.of("namespace", lineageNamespace), Map.of(), null));
        all.put("GET /api/v1/namespaces/{namespace}/jobs/{job}",
                read(Map.of("namespace", lineageNamespace, "job", job), Map.of(), null));
        all.put("GET /api/v1/namespaces/{namespace}/jobs/{job}/runs",
                read(Map.of("namespace", lineageNamespace, "job", job), Map.of("limit", "10"), null));
        all.put("GET /associations/{path}", read(Map.of("path", "resources/sweep/" + topic), Map.of(), null));
        all.put("POST /compatibility/subjects/{subject}/versions", read(Map.of("subject", a), Map.of(), check));
        all.put("POST /compatibility/subjects/{subject}/versions/{version}",
                read(Map.of("subject", a, "version", "1"), Map.of(), check));
        all.put("PUT /config", write(Map.of(), Map.of(), "{\"compatibility\":\"FULL\"}"));
        all.put("GET /config", read(Map.of(), Map.of(), null));
        all.put("DELETE /config", write(Map.of(), Map.of(), null));
        all.put("GET /config/{subject}", read(Map.of("subject", a), Map.of(), null));
        all.put("PUT /config/{subject}", write(Map.of("subject", a), Map.of(), "{\"compatibility\":\"NONE\"}"));
        all.put("DELETE /config/{subject}", write(Map.of("subject", a), Map.of(), null));
        all.put("GET /contexts", read(Map.of(), Map.of("contextPrefix", ".sw"), null));
        all.put("DELETE /contexts/{context}", write(Map.of("context", context), Map.of(), null));
        all.put("PUT /mode", write(Map.of(), Map.of(), "{\"mode\":\"READONLY\"}"));
        all.put("GET /mode", read(Map.of(), Map.of(), null));
        all.put("DELETE /mode", write(Map.of(), Map.of(), null));
        all.put("GET /mode/{subject}", read(Map.of("subject", b), Map.of(), null));
        all.put("PUT /mode/{subject}", write(Map.of("subject", b), Map.of(), "{\"mode\":\"READONLY\"}"));
        all.put("DELETE /mode/{subject}", write(Map.of("subject", b), Map.of(), null));
        all.put("GET /schemas", read(Map.of(), Map.of("subjectPrefix", "sweep-" + tag), null));
        all.put("GET /schemas/guids/{guid}", read(Map.of("guid", guidA1), Map.of(), null));
        all.put("GET /schemas/guids/{guid}/ids", read(Map.of("guid", guidA1), Map.of(), null));
        for (String suffix : List.of("", "/schema", "/subjects", "/versions")) {
            all.put("GET /schemas/ids/{id}" + suffix, read(Map.of("id", Integer.toString(idA1)),
                    Map.of("subject", a), null));
        }
        all.put("GET /schemas/types", read(Map.of(), Map.of(), null));
        all.put("GET /subjects", read(Map.of(), Map.of("subjectPrefix", "sweep-" + tag), null));
        all.put("POST /subjects/{subject}", read(Map.of("subject", a), Map.of(), lookup));
        all.put("DELETE /subjects/{subject}", write(Map.of("subject", a), Map.of(), null));
        all.put("POST /subjects/{subject}/versions", write(Map.of("subject", a), Map.of(), lookup));
        all.put("GET /subjects/{subject}/versions", read(Map.of("subject", a), Map.of(), null));
        all.put("GET /subjects/{subject}/versions/{version}",
                read(Map.of("subject", a, "version", "1"), Map.of(), null));
        all.put("DELETE /subjects/{subject}/versions/{version}",
                write(Map.of("subject", a, "version", "1"), Map.of(), null));
        all.put("GET /subjects/{subject}/versions/{version}/referencedby",
                read(Map.of("subject", a, "version", "1"), Map.of(), null));
        all.put("GET /subjects/{subject}/metadata", read(Map.of("subject", m), Map.of("key", "owner", "value", "sweep"),
                null));
        all.put("GET /subjects/{subject}/versions/{version}/schema",
                read(Map.of("subject", a, "version", "1"), Map.of(), null));
        all.put("GET /v1/metadata/id", read(Map.of(), Map.of(), null));
        all.put("GET /v1/metadata/version", read(Map.of(), Map.of(), null));
        all.put(OPENAPI_ROUTE, read(Map.of(), Map.of("format", "json"), null));
        all.put("GET /api/v1/security/whoami", read(Map.of(), Map.of(), null));
        all.put("GET /api/v1/security/users", read(Map.of(), Map.of(), null));
        all.put("PUT /api/v1/security/users/{name}", write(Map.of("name", "sweep-" + tag + "-u"), Map.of(),
                "{\"password\":\"sweep-password\",\"role\":\"reader\",\"team\":null}"));
        all.put("DELETE /api/v1/security/users/{name}", write(Map.of("name", "sweep-" + tag + "-gone"), Map.of(), null));
        all.put("GET /api/v1/security/teams", read(Map.of(), Map.of(), null));
        all.put("PUT /api/v1/security/teams/{name}", write(Map.of("name", "sweep-" + tag + "-t"), Map.of(),
                "{\"prefixes\":[\"sweep-" + tag + ".\"],\"contexts\":[\"" + context + "\"]}"));
        all.put("DELETE /api/v1/security/teams/{name}", write(Map.of("name", "sweep-" + tag + "-gone"), Map.of(), null));
        all.put("GET /api/v1/security/keys", read(Map.of(), Map.of("team", "sweep-" + tag + "-t"), null));
        all.put("POST /api/v1/security/keys", write(Map.of(), Map.of(),
                "{\"role\":\"reader\",\"team\":null,\"description\":\"sweep\",\"expiresAt\":4102444800000}"));
        all.put("DELETE /api/v1/security/keys/{id}", write(Map.of("id", keyId), Map.of(), null));
        return all;
    }

    /** Served by {@link OpenApiResource}, which the document leaves out of itself. */
    static final String OPENAPI_ROUTE = "GET /q/openapi";

    private static Baseline read(Map<String, String> path, Map<String, String> query, String body) {
        return new Baseline(path, query, body, false);
    }

    private static Baseline write(Map<String, String> path, Map<String, String> query, String body) {
        return new Baseline(path, query, body, true);
    }

    private static JsonNode ok(SweepHttp http, Call call) {
        SweepHttp.Answer answer = http.send(call);
        assertThat(answer.status()).as("set-up %s: %s", call, answer.body()).isEqualTo(200);
        try {
            return JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Percent-encodes every byte but RFC 3986's unreserved characters: one path segment or query value. */
    static String enc(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            boolean alphanumeric = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
            if (alphanumeric || "-._~".indexOf(ch) >= 0) {
                out.append(ch);
            } else {
                out.append(String.format("%%%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
