package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.context;
import static org.contractregistry.registry.rest.Api.record;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /subjects}: no {@code subjectPrefix} lists every context, an empty one the default context only,
 * {@code :.ctx:} one context (Confluent's default prefix is {@code :*:}).
 */
@QuarkusTest
class SubjectListingTest {
    static final String A = SubjectVersionsResourceTest.A;

    @Test
    void theSubjectPrefixChoosesTheContexts() {
        String plain = subject("listing");
        String ctx = context(plain);
        String other = ":" + ctx + ":" + subject("listing");
        register(plain, body(record("L", A))).statusCode(200);
        register(other, body(record("L", A))).statusCode(200);

        given().get("/subjects").then().statusCode(200).body("$", hasItems(plain, other));
        given().urlEncodingEnabled(false).get("/subjects?subjectPrefix=").then().statusCode(200)
                .body("$", hasItem(plain)).body("$", not(hasItem(other)));
        given().queryParam("subjectPrefix", ":" + ctx + ":").get("/subjects").then().statusCode(200)
                .body("$", hasItem(other)).body("$", not(hasItem(plain)));
        given().queryParam("subjectPrefix", ":*:").get("/subjects").then().body("$", hasItems(plain, other));
    }
}
