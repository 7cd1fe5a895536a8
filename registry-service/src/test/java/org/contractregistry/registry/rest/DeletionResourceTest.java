package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.record;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.registerOk;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeletionResourceTest {
    static final String A = SubjectVersionsResourceTest.A;
    static final String B = SubjectVersionsResourceTest.B_DEFAULT;

    @Test
    void softDeletedVersionIsHiddenUnlessDeletedTrueButItsIdStillResolves() {
        String s = subject("softv");
        int id = registerOk(s, record("S", A));
        registerOk(s, record("S", A, B));
        given().delete("/subjects/" + s + "/versions/1").then().statusCode(200).body(equalTo("1"));
        given().get("/subjects/" + s + "/versions").then().body("$", equalTo(List.of(2)));
        given().queryParam("deleted", true).get("/subjects/" + s + "/versions").then().body("$", equalTo(List.of(1, 2)));
        given().queryParam("deletedOnly", true).get("/subjects/" + s + "/versions").then().body("$", equalTo(List.of(1)));
        given().queryParam("deleted", true).queryParam("deletedAsNegative", true).get("/subjects/" + s + "/versions")
                .then().statusCode(200).body("$", equalTo(List.of(-1, 2)));
        given().queryParam("deletedOnly", true).queryParam("deletedAsNegative", true)
                .get("/subjects/" + s + "/versions").then().body("$", equalTo(List.of(-1)));
        given().queryParam("deletedAsNegative", true).get("/subjects/" + s + "/versions").then()
                .body("$", equalTo(List.of(2)));
        given().get("/subjects/" + s + "/versions/1").then().statusCode(404).body("error_code", equalTo(40402));
        given().queryParam("deleted", true).get("/subjects/" + s + "/versions/1").then().statusCode(200)
                .body("deleted", equalTo(true));
        given().get("/schemas/ids/" + id).then().statusCode(200);
    }

    @Test
    void secondSoftDeleteOfAVersionIs40406AndPermanentWithoutSoftIs40407() {
        String s = subject("order");
        registerOk(s, record("O", A));
        registerOk(s, record("O", A, B));
        given().queryParam("permanent", true).delete("/subjects/" + s + "/versions/2").then().statusCode(404)
                .body("error_code", equalTo(40407));
        given().delete("/subjects/" + s + "/versions/2").then().statusCode(200);
        given().delete("/subjects/" + s + "/versions/2").then().statusCode(404).body("error_code", equalTo(40406));
        given().queryParam("permanent", true).delete("/subjects/" + s + "/versions/2").then().statusCode(200)
                .body(equalTo("2"));
        given().queryParam("deleted", true).get("/subjects/" + s + "/versions").then().body("$", equalTo(List.of(1)));
    }

    @Test
    void secondSoftDeleteOfASubjectIs40404AndPermanentWithoutSoftIs40405() {
        String s = subject("subj");
        registerOk(s, record("D", A));
        given().queryParam("permanent", true).delete("/subjects/" + s).then().statusCode(404)
                .body("error_code", equalTo(40405));
        given().delete("/subjects/" + s).then().statusCode(200).body("$", equalTo(List.of(1)));
        given().get("/subjects").then().body("$", not(hasItem(s)));
        given().queryParam("deleted", true).get("/subjects").then().body("$", hasItem(s));
        given().queryParam("deletedOnly", true).get("/subjects").then().body("$", hasItem(s));
        given().delete("/subjects/" + s).then().statusCode(404).body("error_code", equalTo(40404));
        given().queryParam("permanent", true).delete("/subjects/" + s).then().statusCode(200)
                .body("$", equalTo(List.of(1)));
        given().queryParam("deleted", true).get("/subjects").then().body("$", not(hasItem(s)));
    }

    @Test
    void reRegisteringAfterSoftDeleteKeepsTheIdAndTakesANewVersion() {
        String s = subject("again");
        int id = registerOk(s, record("R", A));
        given().delete("/subjects/" + s + "/versions/1").then().statusCode(200);
        register(s, body(record("R", A))).statusCode(200).body("id", equalTo(id)).body("version", equalTo(2));
    }

    @Test
    void permanentlyDeletingTheHighestVersionFreesItsNumber() {
        String s = subject("reuse");
        registerOk(s, record("P", A));
        registerOk(s, record("P", A, B));
        given().delete("/subjects/" + s + "/versions/2").then().statusCode(200);
        given().queryParam("permanent", true).delete("/subjects/" + s + "/versions/2").then().statusCode(200);
        register(s, body(record("P", A, B))).statusCode(200).body("version", equalTo(2));
    }

    @Test
    void softDeletedVersionsAreLeftOutOfCompatibilityChecks() {
        String s = subject("undo");
        registerOk(s, record("U", A));
        String incompatible = record("U", "{\"name\":\"a\",\"type\":\"string\"}");
        register(s, body(incompatible)).statusCode(409);
        given().delete("/subjects/" + s + "/versions/1").then().statusCode(200);
        register(s, body(incompatible)).statusCode(200).body("version", equalTo(2));
    }

    @Test
    void referencedVersionCannotBeDeletedUntilTheReferrerIsGone() {
        String base = subject("rbase");
        String user = subject("ruser");
        registerOk(base, "{\"type\":\"record\",\"name\":\"Addr\",\"namespace\":\"acme\",\"fields\":[" + A + "]}");
        String referring = "{\"schema\":" + SubjectVersionsResourceTest.json(
                record("Cust", "{\"name\":\"home\",\"type\":\"acme.Addr\"}"))
                + ",\"references\":[{\"name\":\"acme.Addr\",\"subject\":\"" + base + "\",\"version\":1}]}";
        register(user, referring).statusCode(200);
        given().delete("/subjects/" + base + "/versions/1").then().statusCode(422).body("error_code", equalTo(42206));
        given().delete("/subjects/" + base).then().statusCode(422).body("error_code", equalTo(42206));
        given().delete("/subjects/" + user).then().statusCode(200);
        given().delete("/subjects/" + base + "/versions/1").then().statusCode(200);
    }

    @Test
    void readOnlySubjectRefusesWritesWith42205() {
        String s = subject("ro");
        registerOk(s, record("Ro", A));
        given().contentType(V1).body("{\"mode\":\"READONLY\"}").put("/mode/" + s).then().statusCode(200);
        register(s, body(record("Ro", A, B))).statusCode(422).body("error_code", equalTo(42205));
        given().delete("/subjects/" + s + "/versions/1").then().statusCode(422).body("error_code", equalTo(42205));
        given().delete("/mode/" + s).then().statusCode(200);
    }
}
