package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The served /q/openapi: a real summary and the real error answers on every operation; Swagger UI from the jar. */
@QuarkusTest
class OpenApiDescriptionsTest {

    @Test
    void everyOperationHasASummaryFromTheTable() {
        JsonPath doc = JsonPath.from(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            String key = method.toUpperCase() + " " + path;
            if (!OpenApiDescriptions.OPERATIONS.containsKey(key)
                    || !OpenApiDescriptions.OPERATIONS.get(key).summary().equals(op.get("summary"))) {
                missing.add(key);
            }
        }));
        assertThat(missing).as("operations without their summary (OpenApiDescriptions)").isEmpty();
    }

    @Test
    void registrationListsItsRealErrorAnswersWithTheirErrorCodes() {
        JsonPath doc = JsonPath.from(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        Map<String, Map<String, Object>> responses = doc.getMap("paths.'/subjects/{subject}/versions'.post.responses");
        assertThat(responses).containsKeys("200", "409", "413", "415", "422");
        assertThat(responses.get("409").get("description").toString()).contains("error_code 40901");
        assertThat(responses.get("422").get("description").toString()).contains("error_code 42201", "42208");
        assertThat(doc.getMap("paths.'/subjects/{subject}/versions/{version}'.get.responses")).containsKey("404");
        assertThat(doc.getMap("components.schemas.ErrorResponse.properties")).containsKeys("error_code", "message");
    }

    @Test
    void swaggerUiIsServedFromTheJar() {
        String page = given().get("/q/swagger-ui").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(page).contains(SwaggerUiResource.ASSETS + "/swagger-ui-bundle.js", "/q/openapi?format=json")
                .doesNotContain("://");
        given().get(SwaggerUiResource.ASSETS + "/swagger-ui-bundle.js").then().statusCode(200);
        given().get(SwaggerUiResource.ASSETS + "/swagger-ui.css").then().statusCode(200);
    }
}
