package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.Map;
import org.contractregistry.registry.rest.SweepHttp.Answer;
import org.contractregistry.registry.rest.SweepHttp.Call;
import org.junit.jupiter.api.Test;

/**
 * One test per bug the hostile-input sweep found: the input that broke the rule, the answer it gets now, and that
 * nothing was written.
 */
@QuarkusTest
class HostileInputRegressionTest {
    private static final String V1 = Api.V1;
    private static final String AVRO = Api.record("R", "{\"name\":\"a\",\"type\":\"int\"}");

    private static SweepHttp http() {
        return new SweepHttp(URI.create("http://localhost:" + RestAssured.port));
    }

    private static Answer send(Call call) {
        Answer answer = http().send(call);
        if (answer.status() >= 400) {
            assertThat(HostileInputSweepTest.errorBodyProblem(answer)).as(answer.body()).isNull();
        }
        return answer;
    }

    @Test
    void aNullReferenceIs42201NotA500() {
        String s = Api.subject("null-ref");
        Api.register(s, "{\"schema\":\"\\\"string\\\"\",\"references\":[null]}").statusCode(422)
                .body("error_code", equalTo(42201)).body("message", equalTo("Invalid schema reference at index 0:"
                        + " each reference needs a name and a subject (and a version, -1 for the latest)"));
        given().get("/subjects/" + s + "/versions").then().statusCode(404);
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIs415NotA500() {
        Answer garbage = send(Call.json("POST", "/subjects/" + Api.subject("ct") + "/versions", Api.body(AVRO))
                .withContentType("garbage"));
        assertThat(garbage.status()).isEqualTo(415);
        assertThat(garbage.body()).contains("Content-Type 'garbage' is not a media type");
        String s = Api.subject("ct-empty");
        assertThat(send(Call.json("POST", "/subjects/" + s + "/versions", Api.body(AVRO)).withContentType(""))
                .status()).as("an empty Content-Type reads as JSON, as none").isEqualTo(200);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndNothingIsStored() {
        String s = Api.subject("chunked");
        String big = Api.body(Api.record("R", "{\"name\":\"a\",\"type\":\"int\",\"doc\":\"" + "x".repeat(1_100_000)
                + "\"}"));
        for (String path : new String[] {"/subjects/" + s + "/versions", "/api/v1/lineage"}) {
            Answer answer = send(Call.json("POST", path, big).withoutLength());
            assertThat(answer.status()).as(path).isEqualTo(413);
            assertThat(answer.body()).contains("\"error_code\":413");
        }
        given().get("/subjects/" + s + "/versions").then().statusCode(404);
    }

    @Test
    void dotSegmentsAre400InsteadOfReachingAnotherEndpoint() {
        given().contentType(V1).body("{\"compatibility\":\"FULL\"}").put("/config").then().statusCode(200);
        try {
            for (String path : new String[] {"/config/.", "/config/%2E", "/subjects/a/%2E%2E/%2E%2E/config"}) {
                Answer answer = send(new Call("DELETE", path, null, null, Map.of(), false));
                assertThat(answer.status()).as(path).isEqualTo(400);
                assertThat(answer.body()).contains("segment");
            }
            given().get("/config").then().body("compatibilityLevel", equalTo("FULL"));
        } finally {
            given().delete("/config").then().statusCode(200);
        }
    }

    @Test
    void booleansAndNumbersInTheQueryMustBeWhatTheySay() {
        String s = Api.subject("query");
        Api.registerOk(s, AVRO);
        given().delete("/subjects/" + s + "?permanent=maybe").then().statusCode(400).body("error_code", equalTo(400))
                .body("message", equalTo("Query parameter 'permanent' must be true or false, not 'maybe'"));
        given().get("/subjects/" + s + "/versions").then().statusCode(200).body("$", org.hamcrest.Matchers.hasSize(1));
        given().get("/subjects?offset=-1").then().statusCode(400)
                .body("message", equalTo("Query parameter 'offset' must be 0 or more, not -1"));
        given().get("/subjects?limit=abc").then().statusCode(400).body("error_code", equalTo(400));
        given().get("/schemas/ids/abc").then().statusCode(404).body("error_code", equalTo(404)).body("message",
                equalTo("Path parameter 'id' must be a whole number between -2147483648 and 2147483647, not 'abc'"));
    }

    @Test
    void aVersionWithAControlCharacterIs42202AndDeletesNothing() {
        String s = Api.subject("latest-nul");
        Api.registerOk(s, AVRO);
        assertThat(send(Call.of("DELETE", "/subjects/" + s + "/versions/latest%00")).body())
                .contains("\"error_code\":42202");
        given().get("/subjects/" + s + "/versions").then().body("$", org.hamcrest.Matchers.hasSize(1));
    }

    /** Was: {@code {}} and {@code {"mode":null}} were 42204 too; they now clear the mode, as Confluent's setMode. */
    @Test
    void aModeBodyWithoutAModeFieldIs42204AndKeepsTheMode() {
        String s = Api.subject("mode");
        given().contentType(V1).body("{\"mode\":\"READONLY\"}").put("/mode/" + s).then().statusCode(200);
        for (String body : new String[] {"", "{\"schema\":\"x\"}"}) {
            given().contentType(V1).body(body).put("/mode/" + s).then().statusCode(422)
                    .body("error_code", equalTo(42204));
        }
        given().get("/mode/" + s).then().body("mode", equalTo("READONLY"));
    }

    @Test
    void configBodiesWithUnknownKeysOrWrongTypesAre422AndStoreNothing() {
        String s = Api.subject("config");
        given().contentType(V1).body("{\"schema\":1}").put("/config/" + s).then().statusCode(422)
                .body("message", org.hamcrest.Matchers.startsWith("Unknown config key 'schema'; the keys are"));
        given().contentType(V1).body("{\"normalize\":\"yes\"}").put("/config/" + s).then().statusCode(422)
                .body("message", equalTo("Config key 'normalize' must be true or false (or JSON null to clear it),"
                        + " not a string"));
        given().contentType(V1).body("").put("/config/" + s).then().statusCode(422).body("error_code", equalTo(422));
        given().get("/config/" + s).then().statusCode(404).body("error_code", equalTo(40408));
    }

    @Test
    void jsonIsReadAsSentNotCoerced() {
        String s = Api.subject("strict");
        given().contentType(V1).body("{\"schema\":" + quoted(AVRO) + ",\"version\":\"1\"}")
                .post("/subjects/" + s + "/versions").then().statusCode(422)
                .body("message", equalTo("Unprocessable request: 'version' must be a whole number, not a string"));
        given().contentType(V1).body("{\"schema\":" + quoted(AVRO) + ",\"version\":1.5}")
                .post("/subjects/" + s + "/versions").then().statusCode(422);
        given().contentType(V1).body("{\"schema\":" + quoted(AVRO) + ",\"schema\":\"\\\"int\\\"\"}")
                .post("/subjects/" + s + "/versions").then().statusCode(400)
                .body("message", org.hamcrest.Matchers.startsWith("Malformed JSON: Duplicate field 'schema'"));
        given().contentType(V1).body(Api.body(AVRO) + " {}").post("/subjects/" + s + "/versions").then()
                .statusCode(400).body("message", org.hamcrest.Matchers.startsWith(
                        "Malformed JSON: unexpected content after the JSON value"));
        given().get("/subjects/" + s + "/versions").then().statusCode(404);
        given().contentType("application/json").body("{\"namespace\":1,\"name\":2,\"subject\":3}")
                .put("/api/v1/lineage/bindings").then().statusCode(422).body("error_code", equalTo(422));
    }

    @Test
    void wrongShapesNameTheFieldNotAJavaType() {
        given().contentType(V1).body("{\"schema\":\"x\",\"references\":5}").post("/subjects/x/versions").then()
                .statusCode(422).body("message", equalTo("Unprocessable request: 'references' must be an array,"
                        + " not a whole number"));
        given().contentType(V1).body("[]").put("/mode").then().statusCode(422)
                .body("message", equalTo("Unprocessable request: the body must be an object, not an array"));
        given().contentType(V1).body("[1]").post("/").then().statusCode(422).body("error_code", equalTo(422));
        given().contentType(V1).body("{").post("/").then().statusCode(400).body("error_code", equalTo(400));
    }

    @Test
    void frameworkRefusalsSayWhatWasRefused() {
        given().patch("/subjects/x").then().statusCode(405)
                .body("message", equalTo("Method PATCH is not allowed on /subjects/x"));
        given().accept("text/html").get("/subjects").then().statusCode(406).body("message",
                org.hamcrest.Matchers.startsWith("Cannot answer GET /subjects in the media type the Accept header"));
        given().contentType("text/plain").body("x").post("/subjects/x/versions").then().statusCode(415)
                .body("message", org.hamcrest.Matchers.startsWith("Content-Type 'text/plain"))
                .body("message", org.hamcrest.Matchers.containsString("is not supported by POST /subjects/x/versions"));
        given().get("/no/such/path").then().statusCode(404)
                .body("message", equalTo("Not found: no endpoint answers GET /no/such/path"));
    }

    @Test
    void aValidSubjectOf600ThreeByteCharactersIsNotRefusedBeforeRouting() {
        Answer answer = send(Call.of("GET", "/subjects/" + "%E6%97%A5".repeat(600) + "/versions"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("\"error_code\":40401");
    }

    @Test
    void lineageRefusalsCarryErrorCodeAndCheckNames() {
        given().contentType("application/json").body("{\"eventTime\":\"+999999999-01-01T00:00:00Z\"}")
                .post("/api/v1/lineage").then().statusCode(422).body("error_code", equalTo(422))
                .body("code", equalTo(422));
        given().urlEncodingEnabled(false).get("/api/v1/namespaces/%00/jobs").then().statusCode(400)
                .body("error_code", equalTo(400));
        given().urlEncodingEnabled(false).get("/api/v1/contracts/subjects/a%00b/consumers").then().statusCode(422)
                .body("error_code", equalTo(42208));
    }

    @Test
    void contextNamesInContextUrlsArePercentDecoded() {
        String s = Api.subject("ctx-enc");
        String context = Api.context(s);
        Api.registerOk(":" + context + ":" + s, AVRO);
        given().urlEncodingEnabled(false).get("/contexts/%2E" + context.substring(1) + "/subjects").then()
                .statusCode(200).body("$", org.hamcrest.Matchers.hasItem(":" + context + ":" + s));
    }

    @Test
    void metadataAndRulesOfAnotherShapeAre422AndNothingIsStored() {
        String s = Api.subject("doc-shapes");
        String schema = quoted("\"string\"");
        Api.register(s, "{\"schema\":" + schema + ",\"metadata\":{\"properties\":{\"owner\":1}}}").statusCode(422)
                .body("error_code", equalTo(422)).body("message", equalTo("'metadata.properties.owner' must be a string"));
        Api.register(s, "{\"schema\":" + schema + ",\"ruleSet\":{\"domainRules\":[{\"name\":\"r\",\"type\":\"CEL\","
                + "\"disabled\":\"x\"}]}}").statusCode(422).body("error_code", equalTo(422))
                .body("message", equalTo("'domainRules[0].disabled' must be true or false"));
        given().get("/subjects/" + s + "/versions").then().statusCode(404);
        given().contentType(V1).body("{\"defaultMetadata\":{\"sensitive\":\"owner\"}}").put("/config/" + s).then()
                .statusCode(422).body("message", equalTo("'defaultMetadata.sensitive' must be an array of strings"));
        given().get("/config/" + s).then().statusCode(404);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
