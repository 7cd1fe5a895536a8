package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GovernanceResourceTest {
    private static final String SCHEMA = Api.record("Governed", "{\"name\":\"email\",\"type\":\"string\"}");

    private static String body(String schema, String owner, String lifecycle) {
        return "{\"schema\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(schema) + ",\"metadata\":{"
                + "\"properties\":{\"owner\":\"" + owner + "\",\"lifecycle\":\"" + lifecycle + "\",\"tags\":\"gov\"},"
                + "\"tags\":{\"Governed.email\":[\"PII\"]}}}";
    }

    @Test
    void governanceRoundTripsInConfluentMetadataAndIsSearchable() {
        String subject = Api.subject("governed");
        String owner = "team-" + subject.substring(subject.length() - 8);
        Api.register(subject, body(SCHEMA, owner, "active")).statusCode(200);
        given().get("/subjects/" + subject + "/versions/latest").then().statusCode(200)
                .body("metadata.properties.owner", equalTo(owner))
                .body("metadata.tags.'Governed.email'", contains("PII"));
        given().queryParam("owner", owner).queryParam("sensitivity", "PII").queryParam("tag", "gov")
                .queryParam("lifecycle", "active").get("/api/v1/governance/subjects").then().statusCode(200)
                .body("subjects.subject", contains(subject))
                .body("subjects[0].sensitivity.PII", contains("Governed.email"))
                .body("next", equalTo(null));
        given().queryParam("lifecycle", "retired").get("/api/v1/governance/subjects").then().statusCode(400)
                .body("message", startsWith("Query parameter 'lifecycle'"));
    }

    @Test
    void aDeprecatedSubjectAnswers42205UnlessForced() {
        String subject = Api.subject("deprecated");
        Api.register(subject, body(SCHEMA, "orders", "deprecated")).statusCode(200);
        String next = Api.record("Governed", "{\"name\":\"email\",\"type\":\"string\"}",
                "{\"name\":\"n\",\"type\":\"int\",\"default\":0}");
        Api.register(subject, Api.body(next)).statusCode(422).body("error_code", equalTo(42205))
                .body("message", startsWith("Subject '" + subject + "' is deprecated"));
        // the open registry's caller is an admin
        given().contentType(Api.V1).body(Api.body(next)).queryParam("force", true)
                .post("/subjects/" + subject + "/versions").then().statusCode(200);
    }
}
