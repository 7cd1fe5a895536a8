package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.context;
import static org.contractregistry.registry.rest.Api.record;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /schemas/guids/{guid}[/ids]}: the schema a Confluent 8 serde names by guid, in any context. */
@QuarkusTest
class SchemaGuidsResourceTest {
    static final String A = SubjectVersionsResourceTest.A;

    @Test
    void aGuidAnswersTheContentAsSchemasIdsDoesWithoutSubjectAndListsItsIdInEachContext() {
        String name = subject("guid");
        String ctx = context(name);
        String schema = record("G" + name.substring(name.length() - 8), A);
        String guid = register(":" + ctx + ":" + name, body(schema)).statusCode(200).extract().path("guid");
        given().get("/schemas/guids/" + guid + "/ids").then().statusCode(200).contentType(V1)
                .body("$", equalTo(List.of(Map.of("context", ctx, "id", 1))));

        int id = register(name, body(schema)).statusCode(200).body("guid", equalTo(guid)).extract().path("id");
        String text = given().get("/schemas/ids/" + id).then().extract().path("schema");
        given().get("/schemas/guids/" + guid).then().statusCode(200).contentType(V1)
                .body("keySet()", containsInAnyOrder("schema", "schemaType", "guid"))
                .body("schema", equalTo(text)).body("schemaType", equalTo("AVRO")).body("guid", equalTo(guid));
        given().get("/schemas/guids/" + guid.toUpperCase() + "/ids").then().statusCode(200)
                .body("$", equalTo(List.of(Map.of("context", ".", "id", id), Map.of("context", ctx, "id", 1))));
    }

    @Test
    void anUnknownOrMalformedGuidIs404With40403AndHasNoIds() {
        given().get("/schemas/guids/00000000-0000-0000-0000-000000000000").then().statusCode(404).contentType(V1)
                .body("error_code", equalTo(40403))
                .body("message", equalTo("Schema 00000000-0000-0000-0000-000000000000 not found"));
        given().get("/schemas/guids/123").then().statusCode(404).body("error_code", equalTo(40403))
                .body("message", equalTo("Schema '123' (a guid is 32 hexadecimal digits grouped 8-4-4-4-12)"
                        + " not found"));
        given().get("/schemas/guids/00000000-0000-0000-0000-000000000000/ids").then().statusCode(200)
                .body("$", equalTo(List.of()));
        given().get("/schemas/guids/123/ids").then().statusCode(200).body("$", equalTo(List.of()));
    }
}
