package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.record;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.registerOk;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubjectVersionsResourceTest {
    static final String A = "{\"name\":\"a\",\"type\":\"int\"}";
    static final String B_DEFAULT = "{\"name\":\"b\",\"type\":\"string\",\"default\":\"\"}";
    static final String C_NO_DEFAULT = "{\"name\":\"c\",\"type\":\"long\"}";

    @Test
    void registerAnswersIdVersionAndEchoesTheSchema() {
        String s = subject("reg");
        register(s, body(record("Reg", A))).statusCode(200).contentType(V1)
                .body("id", greaterThan(0)).body("version", equalTo(1)).body("schemaType", equalTo("AVRO"))
                .body("schema", containsString("\"Reg\""));
    }

    @Test
    void reRegisteringTheSameSchemaReturnsTheSameIdAndVersion() {
        String s = subject("idem");
        int first = registerOk(s, record("Idem", A));
        register(s, body(record("Idem", A))).statusCode(200).body("id", equalTo(first)).body("version", equalTo(1));
        given().get("/subjects/" + s + "/versions").then().body("$", equalTo(List.of(1)));
    }

    @Test
    void whitespaceDifferencesGiveTheSameId() {
        String s = subject("ws");
        int first = registerOk(s, record("Ws", A));
        int second = registerOk(s, "{ \"type\" : \"record\",\n \"name\":\"Ws\", \"fields\" : [ " + A + " ] }");
        org.assertj.core.api.Assertions.assertThat(second).isEqualTo(first);
    }

    @Test
    void sameSchemaUnderAnotherSubjectGetsTheSameIdAndItsOwnVersion() {
        String s1 = subject("share1");
        String s2 = subject("share2");
        registerOk(s2, record("Other", A));
        given().contentType(V1).body("{\"compatibility\":\"NONE\"}").put("/config/" + s2).then().statusCode(200);
        int id = registerOk(s1, record("Shared", A));
        register(s2, body(record("Shared", A))).statusCode(200).body("id", equalTo(id)).body("version", equalTo(2));
        given().get("/schemas/ids/" + id + "/subjects").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.containsInAnyOrder(s1, s2));
        given().get("/schemas/ids/" + id + "/versions").then().statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void getVersionLatestAndMinusOneAnswerTheNewest() {
        String s = subject("latest");
        registerOk(s, record("L", A));
        int second = registerOk(s, record("L", A, B_DEFAULT));
        for (String v : new String[] {"latest", "-1", "2"}) {
            given().get("/subjects/" + s + "/versions/" + v).then().statusCode(200)
                    .body("subject", equalTo(s)).body("version", equalTo(2)).body("id", equalTo(second))
                    .body("ts", notNullValue());
        }
    }

    @Test
    void rawSchemaEndpointAnswersTheUnescapedText() {
        String s = subject("raw");
        int id = registerOk(s, record("Raw", A));
        String stored = given().get("/schemas/ids/" + id).then().extract().path("schema");
        given().get("/subjects/" + s + "/versions/1/schema").then().statusCode(200).body(equalTo(stored));
        given().get("/schemas/ids/" + id + "/schema").then().statusCode(200).body(equalTo(stored));
    }

    @Test
    void unknownVersionOfAKnownSubjectIs40402() {
        String s = subject("nover");
        registerOk(s, record("N", A));
        given().get("/subjects/" + s + "/versions/7").then().statusCode(404).body("error_code", equalTo(40402));
    }

    @Test
    void invalidAvroIs42201WithTheParserMessage() {
        register(subject("bad"), body("{\"type\":\"record\",\"name\":\"X\"}")).statusCode(422)
                .body("error_code", equalTo(42201)).body("message", notNullValue());
    }

    @Test
    void incompatibleSchemaIs409NamingTheRuleTheVersionAndTheLevel() {
        String s = subject("incompat");
        registerOk(s, record("I", A));
        register(s, body(record("I", A, C_NO_DEFAULT))).statusCode(409)
                .body("error_code", equalTo(40901))
                .body("message", containsString("READER_FIELD_MISSING_DEFAULT_VALUE"))
                .body("message", containsString("oldSchemaVersion: 1"))
                .body("message", containsString("BACKWARD"));
        given().get("/subjects/" + s + "/versions").then().body("$", equalTo(List.of(1)));
    }

    @Test
    void forceSkipsTheCompatibilityCheck() {
        String s = subject("force");
        registerOk(s, record("F", A));
        given().contentType(V1).queryParam("force", true).body(body(record("F", A, C_NO_DEFAULT)))
                .post("/subjects/" + s + "/versions").then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void lookupFindsARegisteredSchemaAndAnswers40403Otherwise() {
        String s = subject("lookup");
        int id = registerOk(s, record("Lk", A));
        given().contentType(V1).body(body(record("Lk", A))).post("/subjects/" + s).then().statusCode(200)
                .body("id", equalTo(id)).body("version", equalTo(1)).body("subject", equalTo(s));
        given().contentType(V1).body(body(record("Lk", A, B_DEFAULT))).post("/subjects/" + s).then()
                .statusCode(404).body("error_code", equalTo(40403));
        given().contentType(V1).body(body(record("Lk", A))).post("/subjects/" + subject("none")).then()
                .statusCode(404).body("error_code", equalTo(40401));
    }

    @Test
    void explicitVersionMustBeTheNextOneAndStampsConfluentVersion() {
        String s = subject("cas");
        given().contentType(V1).body("{\"schema\":" + json(record("Cas", A)) + ",\"version\":1}")
                .post("/subjects/" + s + "/versions").then().statusCode(200).body("version", equalTo(1))
                .body("metadata.properties.'confluent:version'", equalTo("1"));
        given().contentType(V1).body("{\"schema\":" + json(record("Cas", A, B_DEFAULT)) + ",\"version\":5}")
                .post("/subjects/" + s + "/versions").then().statusCode(422).body("error_code", equalTo(42201));
    }

    @Test
    void metadataAndRuleSetRoundTripAndChangeTheId() {
        String s = subject("meta");
        int plain = registerOk(s, record("M", A));
        String withMeta = "{\"schema\":" + json(record("M", A)) + ",\"metadata\":{\"properties\":{\"owner\":\"team-a\"}},"
                + "\"ruleSet\":{\"domainRules\":[{\"name\":\"r1\",\"kind\":\"CONDITION\",\"type\":\"CEL\",\"mode\":\"WRITE\","
                + "\"expr\":\"message.a > 0\"}]}}";
        int id = register(s, withMeta).statusCode(200).extract().path("id");
        org.assertj.core.api.Assertions.assertThat(id).isNotEqualTo(plain);
        given().get("/schemas/ids/" + id).then().statusCode(200)
                .body("metadata.properties.owner", equalTo("team-a"))
                .body("ruleSet.domainRules[0].name", equalTo("r1"));
    }

    @Test
    void referencesAreValidatedAndListedAsReferencedBy() {
        String base = subject("ref-base");
        String user = subject("ref-user");
        registerOk(base, "{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"acme\",\"fields\":[" + A + "]}");
        String referring = "{\"schema\":" + json(record("Customer", "{\"name\":\"home\",\"type\":\"acme.Address\"}"))
                + ",\"references\":[{\"name\":\"acme.Address\",\"subject\":\"" + base + "\",\"version\":1}]}";
        int id = register(user, referring).statusCode(200).extract().path("id");
        given().get("/subjects/" + base + "/versions/1/referencedby").then().statusCode(200)
                .body("$", equalTo(List.of(id)));
        given().get("/schemas/ids/" + id).then().body("references[0].subject", equalTo(base));
        String dangling = "{\"schema\":" + json(record("Customer2", "{\"name\":\"home\",\"type\":\"acme.Address\"}"))
                + ",\"references\":[{\"name\":\"acme.Address\",\"subject\":\"" + base + "\",\"version\":9}]}";
        register(subject("ref-bad"), dangling).statusCode(422).body("error_code", equalTo(42201));
    }

    @Test
    void protobufSchemasRegister() {
        String proto = "syntax = \"proto3\";\npackage acme;\nmessage Order {\n  string id = 1;\n}\n";
        register(subject("proto"), Api.body(proto, "PROTOBUF")).statusCode(200).body("schemaType", equalTo("PROTOBUF"));
    }

    static String json(String text) {
        return new com.fasterxml.jackson.databind.node.TextNode(text).toString();
    }
}
