package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCHEMA = Api.record("Audited", "{\"name\":\"a\",\"type\":\"int\"}");

    @Test
    void aRegistrationIsListedWithItsRequestIdAndClientAddress() {
        String subject = Api.subject("audited");
        given().header("X-Request-Id", "req-" + subject).contentType(Api.V1).body(Api.body(SCHEMA))
                .post("/subjects/" + subject + "/versions").then().statusCode(200)
                .header("X-Request-Id", "req-" + subject);
        given().queryParam("subject", subject).get("/api/v1/audit").then().statusCode(200)
                .body("entries", hasSize(1))
                .body("entries[0].operation", equalTo("schema.register"))
                .body("entries[0].target", equalTo(subject))
                .body("entries[0].version", equalTo(1))
                .body("entries[0].principal", equalTo("anonymous"))
                .body("entries[0].principalKind", equalTo("ANONYMOUS"))
                .body("entries[0].requestId", equalTo("req-" + subject))
                .body("entries[0].clientAddress", equalTo("127.0.0.1"))
                .body("entries[0].after.schemaType", equalTo("AVRO"))
                .body("entries[0].hash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                .body("next", equalTo(null));
    }

    @Test
    void aRequestWithoutAnIdGetsOne() {
        String id = given().get("/subjects").then().statusCode(200).extract().header("X-Request-Id");
        String next = given().get("/subjects").then().statusCode(200).extract().header("X-Request-Id");
        assertThat(id).isNotBlank().isNotEqualTo(next);
    }

    @Test
    void filtersByOperationActorAndTimeAndExportsJsonLines() throws Exception {
        String subject = Api.subject("exported");
        Api.registerOk(subject, SCHEMA);
        given().contentType(Api.V1).body("{\"mode\":\"READONLY\"}").put("/mode/" + subject).then().statusCode(200);
        given().queryParam("subject", subject).queryParam("operation", "mode.update").get("/api/v1/audit").then()
                .statusCode(200).body("entries", hasSize(1)).body("entries[0].after.mode", equalTo("READONLY"));
        given().queryParam("subject", subject).queryParam("actor", "nobody").get("/api/v1/audit").then()
                .statusCode(200).body("entries", hasSize(0));
        given().queryParam("subject", subject).queryParam("from", "2000-01-01T00:00:00Z")
                .queryParam("to", "2999-01-01T00:00:00Z").get("/api/v1/audit").then().body("entries", hasSize(2));
        given().queryParam("subject", subject).queryParam("to", "2000-01-01T00:00:00Z").get("/api/v1/audit").then()
                .body("entries", hasSize(0));
        given().queryParam("subject", subject).queryParam("limit", 1).get("/api/v1/audit").then()
                .body("entries", hasSize(1)).body("next", greaterThanOrEqualTo(1));

        String lines = given().queryParam("subject", subject).queryParam("format", "jsonl").get("/api/v1/audit")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        String[] split = lines.split("\n");
        assertThat(split).hasSize(2);
        JsonNode first = MAPPER.readTree(split[0]);
        assertThat(first.get("operation").asText()).isEqualTo("schema.register");
        String accepted = given().accept("application/x-ndjson").queryParam("subject", subject)
                .get("/api/v1/audit").then().statusCode(200).extract().asString();
        assertThat(accepted).isEqualTo(lines);
    }

    @Test
    void aBindingChangeIsAudited() {
        String subject = Api.subject("bound");
        // Only this test's minute: pages are oldest first, and the suite's other tests put many bindings.
        String from = java.time.Instant.now().minusSeconds(60).toString();
        given().contentType(ContentType.JSON).body("{\"namespace\":\"postgres://db\",\"name\":\"public." + subject
                + "\",\"subject\":\"" + subject + "\"}").put("/api/v1/lineage/bindings").then().statusCode(200);
        given().queryParam("operation", "binding.update").queryParam("from", from).queryParam("limit", 1000)
                .get("/api/v1/audit").then()
                .statusCode(200).body("entries.find { it.after.subject == '" + subject + "' }.target",
                        equalTo("postgres://db:public." + subject));
    }

    @Test
    void theChainVerifies() {
        Api.registerOk(Api.subject("verified"), SCHEMA);
        given().get("/api/v1/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("entries", greaterThanOrEqualTo(1));
    }

    @Test
    void badParametersAre400NamingThem() {
        given().queryParam("limit", 0).get("/api/v1/audit").then().statusCode(400)
                .body("error_code", equalTo(400)).body("message", startsWith("Query parameter 'limit'"));
        given().queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400)
                .body("message", startsWith("Query parameter 'from'"));
        given().queryParam("format", "csv").get("/api/v1/audit").then().statusCode(400)
                .body("message", startsWith("Query parameter 'format'"));
        given().queryParam("subject", "bad\u0001").get("/api/v1/audit").then().statusCode(422)
                .body("error_code", equalTo(42208));
    }
}
