package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.context;
import static org.contractregistry.registry.rest.Api.record;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.registerOk;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The requests Confluent's Java client and serializers ({@code kafka-schema-registry-client},
 * {@code kafka-avro-serializer}, {@code kafka-protobuf-serializer}) send and the answers they rely on, one test per
 * behaviour listed in compat-tests/README.md, so the Java clients keep working without our running them.
 */
@QuarkusTest
class JavaClientBehavioursTest {
    static final String A = SubjectVersionsResourceTest.A;
    static final String B_DEFAULT = SubjectVersionsResourceTest.B_DEFAULT;
    /** What RestService sends on every request (its DEFAULT_REQUEST_PROPERTIES). */
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    /** RestService sets no Accept: HttpURLConnection's default goes out. */
    static final String ACCEPT = "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2";

    @Test
    void theContentTypeAndAcceptTheClientSendsAreAnsweredInJson() {
        String s = subject("jc-types");
        given().header("Content-Type", CONTENT_TYPE).header("Accept", ACCEPT).body(body(record("J", A)))
                .post("/subjects/" + s + "/versions").then().statusCode(200).body("id", equalTo(
                        given().get("/subjects/" + s + "/versions/1").then().extract().path("id")));
        given().header("Content-Type", CONTENT_TYPE).header("Accept", ACCEPT).get("/subjects/" + s + "/versions/1")
                .then().statusCode(200).contentType(startsWith("application/vnd.schemaregistry.v1+json"));
    }

    @Test
    void lookupByIdWithTheSubjectAnswersTheSchemaOfTheSubjectsContext() {
        String name = subject("jc-byid");
        String qualified = ":" + context(name) + ":" + name;
        int id = registerOk(qualified, record("J", A));
        given().queryParam("subject", qualified).get("/schemas/ids/" + id).then().statusCode(200)
                .body("schema", equalTo(given().get("/subjects/" + qualified + "/versions/1").then().extract()
                        .path("schema")));
    }

    @Test
    void latestVersionIsTheNewestLiveOne() {
        String s = subject("jc-latest");
        registerOk(s, record("J", A));
        int id = registerOk(s, record("J", A, B_DEFAULT));
        given().get("/subjects/" + s + "/versions/latest").then().statusCode(200).body("version", equalTo(2))
                .body("id", equalTo(id)).body("subject", equalTo(s));
        given().delete("/subjects/" + s + "/versions/2").then().statusCode(200);
        given().get("/subjects/" + s + "/versions/latest").then().body("version", equalTo(1));
    }

    @Test
    void lookupWithNormalizeFindsAnEquivalentSchema() {
        String s = subject("jc-normalize");
        int id = given().contentType(V1).queryParam("normalize", true).body(body(record("J", A)))
                .post("/subjects/" + s + "/versions").then().statusCode(200).extract().path("id");
        String reordered = "{\"fields\":[{\"type\":\"int\",\"name\":\"a\"}],\"name\":\"J\",\"type\":\"record\"}";
        given().contentType(V1).queryParam("normalize", true).body(body(reordered)).post("/subjects/" + s).then()
                .statusCode(200).body("id", equalTo(id)).body("version", equalTo(1));
    }

    /** use.latest.version: the serializer reads latest and writes with its id, registering nothing. */
    @Test
    void useLatestVersionReadsTheLatestIdAndSchema() {
        String s = subject("jc-uselatest");
        int id = registerOk(s, record("J", A, B_DEFAULT));
        given().get("/subjects/" + s + "/versions/latest").then().body("id", equalTo(id))
                .body("schemaType", equalTo("AVRO"));
        given().get("/subjects/" + s + "/versions").then().body("size()", equalTo(1));
    }

    /** latest.compatibility.strict: the serializer checks its own schema against latest before using latest. */
    @Test
    void latestCompatibilityStrictChecksAgainstLatest() {
        String s = subject("jc-strict");
        registerOk(s, record("J", A, B_DEFAULT));
        given().contentType(V1).body(body(record("J", A))).post("/compatibility/subjects/" + s + "/versions/latest")
                .then().statusCode(200).body("is_compatible", equalTo(true));
        given().contentType(V1).body(body(record("J", A, "{\"name\":\"c\",\"type\":\"long\"}")))
                .post("/compatibility/subjects/" + s + "/versions/latest").then().statusCode(200)
                .body("is_compatible", equalTo(false));
    }

    /** use.latest.with.metadata: the serializer asks for the newest version whose metadata holds the pairs. */
    @Test
    void useLatestWithMetadataFindsTheNewestMatchingVersion() {
        String s = subject("jc-metadata");
        String withMetadata = "{\"schema\":%s,\"metadata\":{\"properties\":{\"app\":\"%s\"}}}";
        String v1 = new com.fasterxml.jackson.databind.node.TextNode(record("J", A)).toString();
        String v2 = new com.fasterxml.jackson.databind.node.TextNode(record("J", A, B_DEFAULT)).toString();
        register(s, String.format(withMetadata, v1, "one")).statusCode(200);
        register(s, String.format(withMetadata, v2, "two")).statusCode(200);
        given().queryParam("key", "app").queryParam("value", "one").get("/subjects/" + s + "/metadata").then()
                .statusCode(200).body("version", equalTo(1));
        given().queryParam("key", "app").queryParam("value", "two").get("/subjects/" + s + "/metadata").then()
                .statusCode(200).body("version", equalTo(2));
    }

    /** Schema ids in record headers: the serializer writes the guid; the deserializer reads the schema by it. */
    @Test
    void theGuidOfARegistrationReadsTheSchemaBack() {
        String s = subject("jc-guid");
        String guid = register(s, body(record("J", A))).statusCode(200).extract().path("guid");
        String schema = given().get("/subjects/" + s + "/versions/1").then().extract().path("schema");
        given().get("/schemas/guids/" + guid).then().statusCode(200).body("schema", equalTo(schema));
    }
}
