package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.context;
import static org.contractregistry.registry.rest.Api.record;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A client configured with {@code http://host:8081/contexts/.ctx1} sends the parameters it always sends
 * ({@code subject=}, {@code subjectPrefix=}); they are read in that context, not the default one.
 */
@QuarkusTest
class ContextBaseUrlTest {
    static final String A = SubjectVersionsResourceTest.A;

    @Test
    void lookupByIdWithTheSubjectReadsTheUrlsContext() {
        String name = subject("orders-value");
        String ctx = context(name);
        register(subject("dflt"), body(record("InDefault", A))).statusCode(200);
        int id = register(":" + ctx + ":" + name, body(record("InContext", A))).statusCode(200).extract().path("id");
        String stored = given().get("/subjects/:" + ctx + ":" + name + "/versions/1").then().extract().path("schema");

        given().queryParam("subject", name).get("/contexts/" + ctx + "/schemas/ids/" + id).then().statusCode(200)
                .body("schema", equalTo(stored));
        given().queryParam("subject", name).get("/contexts/" + ctx + "/schemas/ids/" + id + "/versions").then()
                .statusCode(200).body("[0].subject", equalTo(":" + ctx + ":" + name)).body("[0].version", equalTo(1));
    }

    @Test
    void aSubjectPrefixIsReadInTheUrlsContext() {
        String name = subject("payments");
        String ctx = context(name);
        String qualified = ":" + ctx + ":" + name;
        register(qualified, body(record("P", A))).statusCode(200);
        register(name, body(record("P", A))).statusCode(200);
        given().queryParam("subjectPrefix", name).get("/contexts/" + ctx + "/subjects").then().statusCode(200)
                .body("$", equalTo(List.of(qualified)));
        given().queryParam("subjectPrefix", "nothing-").get("/contexts/" + ctx + "/subjects").then()
                .statusCode(200).body("$", equalTo(List.of()));
    }
}
