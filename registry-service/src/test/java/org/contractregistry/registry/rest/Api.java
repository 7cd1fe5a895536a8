package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/** Small helpers for REST tests: unique subjects, Avro records, request bodies. */
final class Api {
    static final String V1 = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Api() {}

    static String subject(String purpose) {
        return purpose + "-" + UUID.randomUUID();
    }

    /** A context name of the test's own, made from its unique subject: {@code .c} and the subject's last 8 digits. */
    static String context(String subject) {
        return ".c" + subject.substring(subject.length() - 8);
    }

    /** An Avro record named {@code name} with the given fields JSON (e.g. {@code {"name":"a","type":"int"}}). */
    static String record(String name, String... fields) {
        return "{\"type\":\"record\",\"name\":\"" + name + "\",\"fields\":[" + String.join(",", fields) + "]}";
    }

    static String body(String schema) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("schema", schema);
        return node.toString();
    }

    static String body(String schema, String schemaType) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("schema", schema);
        node.put("schemaType", schemaType);
        return node.toString();
    }

    static ValidatableResponse register(String subject, String body) {
        return given().contentType(V1).body(body).when().post("/subjects/" + subject + "/versions").then();
    }

    static int registerOk(String subject, String schema) {
        return register(subject, body(schema)).statusCode(200).extract().path("id");
    }
}
