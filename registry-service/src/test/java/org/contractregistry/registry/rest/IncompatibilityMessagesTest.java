package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.record;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.registerOk;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verbose {@code messages} of a compatibility check and the 409 message list, in Confluent's order, each
 * difference (rule id, sentence, path, fix hint), then {@code {oldSchemaVersion: N}}, {@code {oldSchema: '..'}} (cut
 * at 10 KiB as Confluent cuts it) and {@code {validateFields: '..', compatibility: '..'}}.
 */
@QuarkusTest
class IncompatibilityMessagesTest {
    static final String A = SubjectVersionsResourceTest.A;
    static final String C_NO_DEFAULT = SubjectVersionsResourceTest.C_NO_DEFAULT;

    private static List<String> verbose(String subject, String schema) {
        return given().contentType(V1).queryParam("verbose", true).body(body(schema))
                .post("/compatibility/subjects/" + subject + "/versions").then().statusCode(200)
                .body("is_compatible", equalTo(false)).extract().jsonPath().getList("messages", String.class);
    }

    private static String stored(String subject, int version) {
        return given().get("/subjects/" + subject + "/versions/" + version).then().statusCode(200).extract()
                .path("schema");
    }

    @Test
    void backwardBreakListsTheDifferenceThenTheOldVersionItsSchemaAndTheConfig() {
        String s = subject("msgorder");
        registerOk(s, record("M", A));
        List<String> messages = verbose(s, record("M", A, C_NO_DEFAULT));
        assertThat(messages).hasSize(4);
        assertThat(messages.get(0)).startsWith("{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'")
                .contains(", path:'/fields/c'", ", fixHint:'give `c` a default'").endsWith("}");
        assertThat(messages.subList(1, 4)).containsExactly("{oldSchemaVersion: 1}",
                "{oldSchema: '" + stored(s, 1) + "'}", "{validateFields: 'false', compatibility: 'BACKWARD'}");

        String refused = register(s, body(record("M", A, C_NO_DEFAULT))).statusCode(409).extract().path("message");
        assertThat(refused).isEqualTo("Schema being registered is incompatible with an earlier schema for subject \""
                + s + "\", details: " + messages);
    }

    @Test
    void fullListsTheOldReadsNewDifferencesFirstThenTheNewReadsOld() {
        String s = subject("msgfull");
        given().contentType(V1).body("{\"compatibility\":\"FULL\"}").put("/config/" + s).then().statusCode(200);
        registerOk(s, record("F", A, C_NO_DEFAULT));
        // drops c (old readers need it) and adds d without a default (the new reader needs it)
        List<String> messages = verbose(s, record("F", A, "{\"name\":\"d\",\"type\":\"long\"}"));
        assertThat(messages).hasSize(5);
        assertThat(messages.get(0)).contains("path:'/fields/c'");
        assertThat(messages.get(1)).contains("path:'/fields/d'");
        assertThat(messages.subList(2, 5)).containsExactly("{oldSchemaVersion: 1}",
                "{oldSchema: '" + stored(s, 1) + "'}", "{validateFields: 'false', compatibility: 'FULL'}");
    }

    @Test
    void anOldSchemaOver10KibIsCutAsConfluentCutsIt() {
        String s = subject("msglong");
        String doc = "x".repeat(11 * 1024);
        registerOk(s, record("L", "{\"name\":\"a\",\"type\":\"int\",\"doc\":\"" + doc + "\"}"));
        List<String> messages = verbose(s, record("L", A, C_NO_DEFAULT));
        String old = stored(s, 1);
        assertThat(messages.get(2)).isEqualTo("{oldSchema: <truncated to 10240 characters> '"
                + old.substring(0, 10240) + "'}");
    }

    @Test
    void aCompatibleVerboseAnswerHasNoMessages() {
        String s = subject("msgok");
        registerOk(s, record("K", A));
        given().contentType(V1).queryParam("verbose", true).body(body(record("K", A)))
                .post("/compatibility/subjects/" + s + "/versions").then().statusCode(200)
                .body("is_compatible", equalTo(true)).body("messages", equalTo(List.of()));
    }
}
