package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.record;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.registerOk;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Texts a Confluent client or a person compares: error messages of Confluent's Errors, Protobuf's canonical form. */
@QuarkusTest
class ConfluentTextsTest {
    static final String A = SubjectVersionsResourceTest.A;
    static final String PROTO = "syntax = \"proto3\";\npackage acme;\n\nmessage Order {\n  string id = 1;\n}\n";

    @Test
    void notFoundMessagesAreConfluents() {
        String s = subject("texts");
        registerOk(s, record("T", A));
        given().contentType(V1).body(body(record("Other", A))).post("/subjects/" + s).then().statusCode(404)
                .body("error_code", equalTo(40403)).body("message", equalTo("Schema not found"));
        given().get("/schemas/ids/2147483000").then().statusCode(404).body("error_code", equalTo(40403))
                .body("message", equalTo("Schema 2147483000 not found"));
        given().get("/subjects/" + s + "/versions/99").then().statusCode(404).body("error_code", equalTo(40402))
                .body("message", equalTo("Version 99 not found."));
        given().get("/subjects/nosuch-" + s + "/versions").then().statusCode(404).body("error_code", equalTo(40401))
                .body("message", equalTo("Subject 'nosuch-" + s + "' not found."));
    }

    @Test
    void protobufTextHasNoWireHeader() {
        String s = subject("proto-texts");
        int id = register(s, body(PROTO, "PROTOBUF")).statusCode(200).extract().path("id");
        given().get("/subjects/" + s + "/versions/1").then().statusCode(200)
                .body("schema", startsWith("syntax = \"proto3\";")).body("schema", not(containsString("Wire")));
        given().get("/schemas/ids/" + id).then().statusCode(200).body("schema", startsWith("syntax"));
        given().get("/schemas/ids/" + id + "/schema").then().statusCode(200)
                .body(startsWith("syntax = \"proto3\";\npackage acme;"));
        given().get("/subjects/" + s + "/versions/1/schema").then().body(not(containsString("//")));
        given().contentType(V1).body(body(PROTO, "PROTOBUF")).post("/subjects/" + s).then().statusCode(200)
                .body("id", equalTo(id)).body("schema", startsWith("syntax"));
    }
}
