package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RootResourceTest {

    @Test
    void rootAnswersAnEmptyObject() {
        given().when().get("/").then().statusCode(200).body("$", anEmptyMap())
                .header("X-XSS-Protection", "1; mode=block")
                .header("Cache-Control", "no-cache, no-store, must-revalidate");
    }

    @Test
    void postRootAlsoAnswersAnEmptyObject() {
        given().when().post("/").then().statusCode(200).body("$", anEmptyMap());
    }

    @Test
    void metricsAndOpenApiAreServed() {
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void healthIsUp() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
