package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModeResourceTest {
    private static final String V1 = "application/vnd.schemaregistry.v1+json";

    private static String subject() {
        return "mode-" + UUID.randomUUID();
    }

    @Test
    void globalModeIsReadWrite() {
        given().get("/mode").then().statusCode(200).body("mode", equalTo("READWRITE"));
    }

    @Test
    void subjectWithoutModeAnswers40409UnlessDefaultToGlobal() {
        String s = subject();
        given().get("/mode/" + s).then().statusCode(404).body("error_code", equalTo(40409));
        given().queryParam("defaultToGlobal", true).get("/mode/" + s).then().statusCode(200)
                .body("mode", equalTo("READWRITE"));
    }

    @Test
    void subjectModeRoundTripsAndDeleteAnswersThePrevious() {
        String s = subject();
        given().contentType(V1).body("{\"mode\":\"readonly\"}").put("/mode/" + s).then().statusCode(200)
                .body("mode", equalTo("READONLY"));
        given().get("/mode/" + s).then().statusCode(200).body("mode", equalTo("READONLY"));
        given().delete("/mode/" + s).then().statusCode(200).body("mode", equalTo("READONLY"));
        given().delete("/mode/" + s).then().statusCode(404).body("error_code", equalTo(40401));
    }

    @Test
    void aPutWithoutAModeClearsTheSubjectModeWhichThenFallsBackToItsContext() {
        String s = subject();
        String context = ":.m" + s.substring(s.length() - 8) + ":";
        given().contentType(V1).body("{\"mode\":\"READONLY\"}").put("/mode/" + context).then().statusCode(200);
        for (String body : new String[] {"{}", "{\"mode\":null}"}) {
            given().contentType(V1).body("{\"mode\":\"IMPORT\"}").put("/mode/" + context + s).then()
                    .statusCode(200);
            given().contentType(V1).body(body).put("/mode/" + context + s).then().statusCode(200)
                    .body("mode", equalTo(null));
            given().get("/mode/" + context + s).then().statusCode(404).body("error_code", equalTo(40409));
            given().queryParam("defaultToGlobal", true).get("/mode/" + context + s).then()
                    .body("mode", equalTo("READONLY"));
        }
        given().contentType(V1).body("{}").put("/mode/" + context).then().statusCode(200);
        given().get("/mode/" + context).then().statusCode(404).body("error_code", equalTo(40409));
    }

    @Test
    void aPutWithoutAModeClearsTheGlobalMode() {
        try {
            given().contentType(V1).queryParam("force", true).body("{\"mode\":\"READONLY\"}").put("/mode").then()
                    .statusCode(200);
            given().contentType(V1).body("{\"mode\":null}").put("/mode").then().statusCode(200);
            given().get("/mode").then().body("mode", equalTo("READWRITE"));
        } finally {
            given().delete("/mode");
        }
    }

    @Test
    void aModeBodyWithAnotherKeyOrNoBodyIs42204() {
        String s = subject();
        given().contentType(V1).body("{\"mode\":\"READONLY\"}").put("/mode/" + s).then().statusCode(200);
        for (String body : new String[] {"", "null", "{\"mood\":\"READWRITE\"}"}) {
            given().contentType(V1).body(body).put("/mode/" + s).then().statusCode(422)
                    .body("error_code", equalTo(42204));
        }
        given().get("/mode/" + s).then().body("mode", equalTo("READONLY"));
    }

    @Test
    void unknownModeIs42204() {
        given().contentType(V1).body("{\"mode\":\"SOMETIMES\"}").put("/mode/" + subject()).then().statusCode(422)
                .body("error_code", equalTo(42204));
    }

    @Test
    void forwardModeOnASubjectIs42204() {
        given().contentType(V1).body("{\"mode\":\"FORWARD\"}").put("/mode/" + subject()).then().statusCode(422)
                .body("error_code", equalTo(42204));
    }

    @Test
    void importModeOnAnEmptySubjectNeedsNoForce() {
        String s = subject();
        given().contentType(V1).body("{\"mode\":\"IMPORT\"}").put("/mode/" + s).then().statusCode(200)
                .body("mode", equalTo("IMPORT"));
        given().delete("/mode/" + s).then().statusCode(200);
    }
}
