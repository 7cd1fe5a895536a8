package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.record;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.registerOk;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchemasResourceTest {
    static final String A = SubjectVersionsResourceTest.A;
    static final String B = SubjectVersionsResourceTest.B_DEFAULT;

    @Test
    void schemaByIdAnswersTypeAndTextAndMaxIdOnRequest() {
        String s = subject("byid");
        int id = registerOk(s, record("ById", A));
        given().get("/schemas/ids/" + id).then().statusCode(200).contentType(V1)
                .body("schemaType", equalTo("AVRO")).body("schema", equalTo(
                        given().get("/subjects/" + s + "/versions/1").then().extract().path("schema")));
        given().queryParam("fetchMaxId", true).get("/schemas/ids/" + id).then().body("maxId", greaterThanOrEqualTo(id));
    }

    @Test
    void aSubjectNamesItsVersionOfTheIdAndFindsItsNamesakeInAnotherContext() {
        String s = subject("holder");
        String other = subject("holder-other");
        int id = registerOk(s, record("Holder", A));
        registerOk(other, record("Holder", A));
        given().queryParam("subject", s).get("/schemas/ids/" + id).then().statusCode(200)
                .body("subject", equalTo(s)).body("version", equalTo(1)).body("guid", org.hamcrest.Matchers.notNullValue());
        given().get("/schemas/ids/" + id).then().statusCode(200)
                .body("keySet()", org.hamcrest.Matchers.containsInAnyOrder("schema", "schemaType", "guid"));

        String ctx = Api.context(s);
        String inContext = record("InCtx", A, B);
        int ctxId = registerOk(":" + ctx + ":" + s + "-c", inContext);
        given().queryParam("subject", s + "-c").get("/schemas/ids/" + ctxId).then().statusCode(200)
                .body("subject", equalTo(":" + ctx + ":" + s + "-c")).body("version", equalTo(1))
                .body("schema", equalTo(given().get("/subjects/:" + ctx + ":" + s + "-c/versions/1").then().extract()
                        .path("schema")));
        given().queryParam("subject", ":" + ctx + ":" + s).get("/schemas/ids/" + ctxId).then().statusCode(404)
                .body("error_code", equalTo(40403));
        given().queryParam("subject", s + "-c").get("/schemas/ids/" + ctxId + "/versions").then().statusCode(200)
                .body("subject", equalTo(List.of(":" + ctx + ":" + s + "-c")));
    }

    @Test
    void listingFiltersByPrefixAndLatestOnly() {
        String prefix = subject("list");
        registerOk(prefix + "-x", record("Lx", A));
        registerOk(prefix + "-x", record("Lx", A, B));
        registerOk(prefix + "-y", record("Ly", A));
        given().queryParam("subjectPrefix", prefix).get("/schemas").then().statusCode(200).body("size()", equalTo(3));
        given().queryParam("subjectPrefix", prefix).queryParam("latestOnly", true).get("/schemas").then()
                .body("size()", equalTo(2)).body("version", equalTo(List.of(2, 1)));
        given().queryParam("subjectPrefix", prefix).get("/subjects").then()
                .body("$", equalTo(List.of(prefix + "-x", prefix + "-y")));
        given().queryParam("subjectPrefix", prefix).queryParam("offset", 1).queryParam("limit", 1).get("/subjects")
                .then().body("$", equalTo(List.of(prefix + "-y")));
    }

    @Test
    void contextsHaveTheirOwnIdSequenceAndAreListed() {
        String name = subject("ctx");
        String ctx = ".c" + name.substring(name.length() - 8);
        String qualified = ":" + ctx + ":" + name;
        int id = register(qualified, body(record("Ctx", A))).statusCode(200).extract().path("id");
        org.assertj.core.api.Assertions.assertThat(id).isEqualTo(1);
        given().get("/contexts").then().body("$", hasItem(ctx));
        given().queryParam("subject", qualified).get("/schemas/ids/1").then().statusCode(200);
        given().queryParam("subjectPrefix", ":" + ctx + ":").get("/subjects").then().body("$", equalTo(List.of(qualified)));
        given().queryParam("subjectPrefix", name).get("/subjects").then().body("$", not(hasItem(qualified)));
        given().get("/subjects/" + qualified + "/versions/1").then().statusCode(200).body("subject", equalTo(qualified));
        given().get("/contexts/" + ctx + "/subjects").then().statusCode(200).body("$", equalTo(List.of(qualified)));
        given().get("/contexts/" + ctx + "/subjects/" + name + "/versions/1").then().statusCode(200)
                .body("subject", equalTo(qualified));
        given().get("/contexts/" + ctx + "/schemas/ids/1").then().statusCode(200);
    }

    @Test
    void importModeOverAContextWithSubjectsNeedsForce() {
        String name = subject("impforce");
        String ctx = ".f" + name.substring(name.length() - 8);
        registerOk(":" + ctx + ":" + name, record("Forced", A));
        given().contentType(V1).body("{\"mode\":\"IMPORT\"}").put("/mode/:" + ctx + ":").then().statusCode(422)
                .body("error_code", equalTo(42205));
        given().contentType(V1).queryParam("force", true).body("{\"mode\":\"IMPORT\"}").put("/mode/:" + ctx + ":")
                .then().statusCode(200).body("mode", equalTo("IMPORT"));
        given().queryParam("defaultToGlobal", true).get("/mode/:" + ctx + ":" + name).then()
                .body("mode", equalTo("IMPORT"));
        given().delete("/mode/:" + ctx + ":").then().statusCode(200);
    }

    @Test
    void importModeRegistersWithTheGivenIdAndVersion() {
        String name = subject("imp");
        String ctx = ".i" + name.substring(name.length() - 8);
        String qualified = ":" + ctx + ":" + name;
        given().contentType(V1).body("{\"mode\":\"IMPORT\"}").put("/mode/" + qualified).then().statusCode(200);
        String imported = "{\"schema\":" + SubjectVersionsResourceTest.json(record("Imp", A)) + ",\"id\":42,\"version\":3}";
        register(qualified, imported).statusCode(200).body("id", equalTo(42)).body("version", equalTo(3));
        register(qualified, body(record("Imp", A, B))).statusCode(422).body("error_code", equalTo(42205));
        String second = SubjectVersionsResourceTest.json(record("Imp", A, B));
        register(qualified, "{\"schema\":" + second + ",\"id\":60}").statusCode(200).body("id", equalTo(60))
                .body("version", equalTo(4));
        register(qualified, "{\"schema\":" + second + ",\"id\":61}").statusCode(422).body("error_code", equalTo(42207));
        given().delete("/mode/" + qualified).then().statusCode(200);
        register(qualified, imported).statusCode(422).body("error_code", equalTo(42205));
        register(qualified, body(record("Imp", A, B, "{\"name\":\"c\",\"type\":\"int\",\"default\":0}")))
                .statusCode(200).body("id", equalTo(61)).body("version", equalTo(5));
    }
}
