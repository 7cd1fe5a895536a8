package org.contractregistry.registry.lineage;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Builds spec-shaped OpenLineage events for tests and posts them. */
public final class Events {
    private Events() {}

    /** A dataset with an optional schema facet ({@code name:type} pairs). */
    public static String dataset(String namespace, String name, String... fields) {
        String schema = fields.length == 0 ? "" : ",\"facets\":{\"schema\":{\"_producer\":\"https://test\","
                + "\"_schemaURL\":\"https://openlineage.io/spec/facets/1-1-1/SchemaDatasetFacet.json\",\"fields\":["
                + List.of(fields).stream().map(f -> "{\"name\":\"" + f.split(":")[0] + "\",\"type\":\""
                        + f.split(":")[1] + "\"}").collect(Collectors.joining(",")) + "]}}";
        return "{\"namespace\":\"" + namespace + "\",\"name\":\"" + name + "\"" + schema + "}";
    }

    public static String run(String type, UUID runId, String jobNamespace, String job, String integration, String time,
            List<String> inputs, List<String> outputs) {
        return "{\"eventType\":\"" + type + "\",\"eventTime\":\"" + time + "\",\"producer\":\"https://test\","
                + "\"schemaURL\":\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent\","
                + "\"run\":{\"runId\":\"" + runId + "\"},\"job\":{\"namespace\":\"" + jobNamespace + "\",\"name\":\""
                + job + "\",\"facets\":{\"jobType\":{\"_producer\":\"https://test\",\"_schemaURL\":\"https://x\","
                + "\"processingType\":\"BATCH\",\"integration\":\"" + integration + "\",\"jobType\":\"JOB\"}}},"
                + "\"inputs\":[" + String.join(",", inputs) + "],\"outputs\":[" + String.join(",", outputs) + "]}";
    }

    static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/lineage").then();
    }

    static String resource(String path) {
        try (InputStream in = Events.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + path, e);
        }
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
