package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * What Confluent answers differently with these parameters is implemented (Avro {@code format=resolved}) or refused
 * with 422 naming the parameter, never silently ignored.
 */
@QuarkusTest
class UnsupportedParametersTest {

    @Test
    void avroResolvedInlinesTheReferences() throws Exception {
        String order = subject("order");
        int id = InlinedReferencesTest.registerReferencing(order);
        String resolved = new org.apache.avro.Schema.Parser().parse(InlinedReferencesTest.ORDER_INLINED).toString();
        given().queryParam("format", "resolved").get("/schemas/ids/" + id).then().statusCode(200)
                .body("schema", equalTo(resolved));
        given().queryParam("format", "resolved").get("/subjects/" + order + "/versions/1/schema").then()
                .statusCode(200).body(equalTo(resolved));
    }

    @Test
    void parametersNotImplementedAre422NamingThem() {
        String s = subject("unsupported");
        int id = register(s, body(ConfluentTextsTest.PROTO, "PROTOBUF")).statusCode(200).extract().path("id");
        given().queryParam("format", "ignore_extensions").get("/schemas/ids/" + id).then().statusCode(422)
                .body("error_code", equalTo(422)).body("message", containsString("ignore_extensions"));
        given().queryParam("referenceFormat", "qualified").get("/subjects/" + s + "/versions/1").then()
                .statusCode(422).body("message", containsString("referenceFormat"));
        given().queryParam("aliases", true).get("/schemas").then().statusCode(422)
                .body("message", containsString("aliases"));
        given().queryParam("ruleType", "DOMAIN").get("/schemas").then().statusCode(422)
                .body("message", containsString("ruleType"));
        given().contentType(V1).queryParam("format", "logical").body(body(ConfluentTextsTest.PROTO, "PROTOBUF"))
                .post("/subjects/" + s + "/versions").then().statusCode(422)
                .body("message", containsString("format=logical"));
    }
}
