package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.record;
import static org.contractregistry.registry.rest.Api.registerOk;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompatibilityResourceTest {
    static final String A = SubjectVersionsResourceTest.A;
    static final String B_DEFAULT = SubjectVersionsResourceTest.B_DEFAULT;
    static final String B_NO_DEFAULT = "{\"name\":\"b\",\"type\":\"string\"}";

    private static ValidatableResponse check(String path, String schema, boolean verbose) {
        return given().contentType(V1).queryParam("verbose", verbose).body(body(schema)).post(path).then();
    }

    @Test
    void unknownSubjectIsCompatible() {
        String s = subject("cnew");
        check("/compatibility/subjects/" + s + "/versions", record("N", A), false).statusCode(200)
                .body("is_compatible", equalTo(true)).body("messages", nullValue());
        check("/compatibility/subjects/" + s + "/versions/latest", record("N", A), false).statusCode(200)
                .body("is_compatible", equalTo(true));
    }

    /**
     * On the embedded store a check of a subject whose state this instance holds is answered from the caches on the
     * HTTP event loop (EventLoop): no store read at all, and the verdict still follows each write.
     */
    @Test
    void aWarmCheckOnTheEmbeddedStoreReadsNothingFromTheStore() {
        String s = subject("cwarm");
        registerOk(s, record("W", A));
        String path = "/compatibility/subjects/" + s + "/versions/latest";
        check(path, record("W", A, B_NO_DEFAULT), false).body("is_compatible", equalTo(false)); // reads the state
        double before = storeReads();
        for (int i = 0; i < 5; i++) {
            check(path, record("W", A, B_DEFAULT), false).statusCode(200).body("is_compatible", equalTo(true));
            check(path, record("W", A, B_NO_DEFAULT), true).statusCode(200).body("is_compatible", equalTo(false))
                    .body("messages[0]", startsWith("{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE'"));
        }
        org.assertj.core.api.Assertions.assertThat(storeReads()).isEqualTo(before);
        given().contentType(V1).body("{\"compatibility\":\"NONE\"}").put("/config/" + s).then().statusCode(200);
        check(path, record("W", A, B_NO_DEFAULT), false).body("is_compatible", equalTo(true));
    }

    /** {@code registry_store_seconds_count{operation="read"}}: store reads since start. */
    private static double storeReads() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("registry_store_seconds_count{")
                        && l.contains("operation=\"read\"")).mapToDouble(l -> Double.parseDouble(l.substring(
                        l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void verboseAnswerNamesTheRuleAndTheVersion() {
        String s = subject("cverb");
        registerOk(s, record("V", A));
        check("/compatibility/subjects/" + s + "/versions/1", record("V", A, B_NO_DEFAULT), true).statusCode(200)
                .body("is_compatible", equalTo(false))
                .body("messages[0]", startsWith("{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE'"))
                .body("messages", hasItem("{oldSchemaVersion: 1}"));
    }

    @Test
    void transitiveLevelChecksEveryVersionButAnExplicitVersionOnlyThatOne() {
        String s = subject("ctrans");
        registerOk(s, record("T", A));
        registerOk(s, record("T", A, B_DEFAULT));
        registerOk(s, record("T", A, B_NO_DEFAULT));
        given().contentType(V1).body("{\"compatibility\":\"BACKWARD_TRANSITIVE\"}").put("/config/" + s).then()
                .statusCode(200);
        String candidate = record("T", A, B_NO_DEFAULT, "{\"name\":\"c\",\"type\":\"int\",\"default\":0}");
        check("/compatibility/subjects/" + s + "/versions/3", candidate, false).body("is_compatible", equalTo(true));
        check("/compatibility/subjects/" + s + "/versions", candidate, true).body("is_compatible", equalTo(false))
                .body("messages", hasItem("{oldSchemaVersion: 1}"));
    }

    @Test
    void unparsableSchemaIs42201OrAVerboseIncompatibleAnswer() {
        String s = subject("cbad");
        registerOk(s, record("B", A));
        check("/compatibility/subjects/" + s + "/versions/latest", "{\"type\":", false).statusCode(422)
                .body("error_code", equalTo(42201));
        check("/compatibility/subjects/" + s + "/versions/latest", "{\"type\":", true).statusCode(200)
                .body("is_compatible", equalTo(false));
    }

    @Test
    void unknownExplicitVersionIs40402AndInvalidVersionIs42202() {
        String s = subject("cver");
        registerOk(s, record("E", A));
        check("/compatibility/subjects/" + s + "/versions/4", record("E", A), false).statusCode(404)
                .body("error_code", equalTo(40402));
        check("/compatibility/subjects/" + s + "/versions/zero", record("E", A), false).statusCode(422)
                .body("error_code", equalTo(42202));
    }

    @Test
    void levelNoneAcceptsAnything() {
        String s = subject("cnone");
        registerOk(s, record("X", A));
        given().contentType(V1).body("{\"compatibility\":\"NONE\"}").put("/config/" + s).then().statusCode(200);
        check("/compatibility/subjects/" + s + "/versions", record("X", "{\"name\":\"a\",\"type\":\"string\"}"), false)
                .body("is_compatible", equalTo(true));
    }
}
