package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/openapi} serves the documents under {@code src/main/resources/openapi/}; in the tests SmallRye OpenAPI
 * (a test dependency) generates them from the resources at {@code /q/openapi-generated}. When they differ, the fresh
 * documents are written to {@code target/openapi/} and the test fails: copy them over the stale ones.
 */
@QuarkusTest
class OpenApiDocumentTest {
    private static final Path FRESH = Path.of("target", "openapi");

    @Test
    void servedDocumentsAreTheGeneratedOnes() throws IOException {
        String yaml = given().get("/q/openapi-generated").then().statusCode(200).extract().asString();
        String json = given().queryParam("format", "json").get("/q/openapi-generated").then().statusCode(200)
                .extract().asString();
        boolean stale = !yaml.equals(resource(OpenApiResource.YAML_FILE))
                | !json.equals(resource(OpenApiResource.JSON_FILE));
        if (stale) {
            Files.createDirectories(FRESH);
            Files.writeString(FRESH.resolve("openapi.yaml"), yaml);
            Files.writeString(FRESH.resolve("openapi.json"), json);
        }
        assertThat(stale).as("the API changed: cp %s/openapi.* src/main/resources/openapi/", FRESH).isFalse();
    }

    @Test
    void yamlByDefaultJsonWhenAsked() {
        given().get("/q/openapi").then().statusCode(200).contentType(startsWith("application/yaml"));
        given().queryParam("format", "JSON").get("/q/openapi").then().statusCode(200)
                .contentType(startsWith("application/json"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .contentType(startsWith("application/json"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
