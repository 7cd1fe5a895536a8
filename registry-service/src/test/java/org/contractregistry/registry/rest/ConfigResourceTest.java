package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConfigResourceTest {
    private static final String V1 = "application/vnd.schemaregistry.v1+json";

    private static String subject() {
        return "config-" + UUID.randomUUID();
    }

    @Test
    void globalConfigDefaultsToBackwardAndWireJson() {
        given().when().get("/config").then().statusCode(200)
                .contentType(V1)
                .body("compatibilityLevel", equalTo("BACKWARD"))
                .body("protobufStrictness", equalTo("WIRE_JSON"));
    }

    @Test
    void subjectWithoutOwnConfigAnswers40408UnlessDefaultToGlobal() {
        String s = subject();
        given().when().get("/config/" + s).then().statusCode(404).body("error_code", equalTo(40408));
        given().queryParam("defaultToGlobal", true).when().get("/config/" + s).then().statusCode(200)
                .body("compatibilityLevel", equalTo("BACKWARD"));
    }

    @Test
    void putSubjectConfigAnswersInPutShapeAndGetInGetShape() {
        String s = subject();
        given().contentType(V1).body("{\"compatibility\":\"full_transitive\",\"protobufStrictness\":\"wire\"}")
                .when().put("/config/" + s).then().statusCode(200)
                .body("compatibility", equalTo("FULL_TRANSITIVE"))
                .body("protobufStrictness", equalTo("WIRE"));
        given().when().get("/config/" + s).then().statusCode(200)
                .body("compatibilityLevel", equalTo("FULL_TRANSITIVE"))
                .body("compatibility", nullValue());
    }

    @Test
    void putIsPartialAndNullClearsAField() {
        String s = subject();
        given().contentType(ContentType.JSON).body("{\"compatibility\":\"NONE\",\"protobufStrictness\":\"CONFLUENT\"}")
                .put("/config/" + s).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"protobufStrictness\":null}")
                .put("/config/" + s).then().statusCode(200).body("compatibility", equalTo("NONE"));
        given().get("/config/" + s).then().body("compatibilityLevel", equalTo("NONE"))
                .body("protobufStrictness", nullValue());
    }

    @Test
    void invalidLevelIs42203() {
        given().contentType(V1).body("{\"compatibility\":\"SIDEWAYS\"}").when().put("/config/" + subject())
                .then().statusCode(422).body("error_code", equalTo(42203));
    }

    @Test
    void invalidProtobufStrictnessIs42203() {
        given().contentType(V1).body("{\"protobufStrictness\":\"LOOSE\"}").when().put("/config/" + subject())
                .then().statusCode(422).body("error_code", equalTo(42203));
    }

    @Test
    void deleteSubjectConfigAnswersThePreviousAndThen40401() {
        String s = subject();
        given().contentType(V1).body("{\"compatibility\":\"FORWARD\"}").put("/config/" + s).then().statusCode(200);
        given().delete("/config/" + s).then().statusCode(200).body("compatibilityLevel", equalTo("FORWARD"));
        given().delete("/config/" + s).then().statusCode(404).body("error_code", equalTo(40401));
        given().get("/config/" + s).then().statusCode(404).body("error_code", equalTo(40408));
    }

    @Test
    void invalidSubjectNameIs42208() {
        given().contentType(V1).body("{\"compatibility\":\"FULL\"}").when().put("/config/__GLOBAL")
                .then().statusCode(422).body("error_code", equalTo(42208));
    }
}
