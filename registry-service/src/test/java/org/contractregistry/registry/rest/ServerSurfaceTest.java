package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Endpoints and error shapes that need no schema: types, contexts, metadata, associations, framework errors. */
@QuarkusTest
class ServerSurfaceTest {
    private static final String V1 = "application/vnd.schemaregistry.v1+json";

    @Test
    void schemaTypesListsAvroAndProtobuf() {
        given().get("/schemas/types").then().statusCode(200).body("$", containsInAnyOrder("AVRO", "PROTOBUF", "JSON"));
    }

    @Test
    void contextsAlwaysIncludeTheDefaultContext() {
        given().get("/contexts").then().statusCode(200).body("$", hasItem("."));
    }

    @Test
    void metadataIdAndVersionAnswer() {
        given().get("/v1/metadata/id").then().statusCode(200).body("scope", notNullValue());
        given().get("/v1/metadata/version").then().statusCode(200).body("version", notNullValue());
    }

    @Test
    void associationsAnswer404SoConfluentSerializersFallBack() {
        given().queryParam("resourceType", "topic").queryParam("associationType", "value")
                .get("/associations/resources/-/orders").then().statusCode(404).body("error_code", equalTo(40410));
    }

    @Test
    void unknownSchemaIdIs40403() {
        given().get("/schemas/ids/987654321").then().statusCode(404).body("error_code", equalTo(40403));
        given().get("/schemas/ids/987654321/schema").then().statusCode(404).body("error_code", equalTo(40403));
        given().get("/schemas/ids/987654321/subjects").then().statusCode(404).body("error_code", equalTo(40403));
        given().get("/schemas/ids/987654321/versions").then().statusCode(404).body("error_code", equalTo(40403));
    }

    @Test
    void unknownSubjectIs40401() {
        String s = "nobody-" + UUID.randomUUID();
        given().get("/subjects/" + s + "/versions").then().statusCode(404).body("error_code", equalTo(40401));
        given().get("/subjects/" + s + "/versions/1").then().statusCode(404).body("error_code", equalTo(40401));
        given().delete("/subjects/" + s).then().statusCode(404).body("error_code", equalTo(40401));
        given().delete("/subjects/" + s + "/versions/1").then().statusCode(404).body("error_code", equalTo(40401));
    }

    @Test
    void invalidVersionIs42202() {
        String s = "any-" + UUID.randomUUID();
        for (String version : new String[] {"0", "-2", "earliest", "99999999999"}) {
            given().get("/subjects/" + s + "/versions/" + version).then().statusCode(422)
                    .body("error_code", equalTo(42202));
        }
    }

    @Test
    void malformedJsonIs400WithACode() {
        given().contentType(V1).body("{\"schema\": ").post("/subjects/s-" + UUID.randomUUID() + "/versions")
                .then().statusCode(400).body("error_code", equalTo(400));
    }

    @Test
    void wrongJsonTypesAre422WithACode() {
        given().contentType(V1).body("{\"schema\": {\"not\": \"a string\"}, \"references\": 5}")
                .post("/subjects/s-" + UUID.randomUUID() + "/versions")
                .then().statusCode(422).body("error_code", equalTo(422));
    }

    @Test
    void bodyOverTheLimitIs413WithACode() {
        String big = "{\"schema\":\"" + "x".repeat(1_100_000) + "\"}";
        given().contentType(V1).body(big).post("/subjects/s-" + UUID.randomUUID() + "/versions")
                .then().statusCode(413).body("error_code", equalTo(413));
    }

    @Test
    void unknownPathIs404WithACode() {
        given().get("/no/such/path").then().statusCode(404).body("error_code", equalTo(404));
    }

    @Test
    void emptySchemaIs42201() {
        given().contentType(V1).body("{\"schema\":\"\"}").post("/subjects/s-" + UUID.randomUUID() + "/versions")
                .then().statusCode(422).body("error_code", equalTo(42201));
    }

    @Test
    void unsupportedSchemaTypeIs42201() {
        given().contentType(V1).body("{\"schema\":\"{}\",\"schemaType\":\"XML\"}")
                .post("/subjects/s-" + UUID.randomUUID() + "/versions")
                .then().statusCode(422).body("error_code", equalTo(42201))
                .body("message", equalTo("Unsupported schema type 'XML'; this registry accepts AVRO, PROTOBUF and JSON"));
    }

    @Test
    void octetStreamRequestIsReadAsJson() {
        given().contentType("application/octet-stream").body("{\"schema\":\"\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/subjects/s-" + UUID.randomUUID() + "/versions")
                .then().statusCode(422).body("error_code", equalTo(42201));
    }
}
