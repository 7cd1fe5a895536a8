package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.context;
import static org.contractregistry.registry.rest.Api.record;
import static org.contractregistry.registry.rest.Api.registerOk;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code DELETE /contexts/{ctx}}: 204 for a context without subject versions, 42211 while it holds one. */
@QuarkusTest
class ContextsResourceTest {
    static final String A = SubjectVersionsResourceTest.A;

    @Test
    void aContextIsDeletedOnceItsSubjectsArePermanentlyDeletedAndThenLeavesTheList() {
        String name = subject("ctxdel");
        String ctx = context(name);
        String qualified = ":" + ctx + ":" + name;
        registerOk(qualified, record("Del", A));
        given().delete("/contexts/" + ctx).then().statusCode(422).contentType(V1).body("error_code", equalTo(42211))
                .body("message", equalTo("The specified context '" + ctx + "' is not empty."));
        given().delete("/subjects/" + qualified).then().statusCode(200);
        given().delete("/contexts/" + ctx).then().statusCode(422).body("error_code", equalTo(42211));
        given().queryParam("permanent", true).delete("/subjects/" + qualified).then().statusCode(200);
        given().get("/contexts").then().body("$", hasItem(ctx));

        given().delete("/contexts/:" + ctx + ":").then().statusCode(204).body(emptyString());
        given().get("/contexts").then().statusCode(200).body("$", not(hasItem(ctx)));
    }

    @Test
    void anUnknownContextIs204AndTheDefaultContextHoldingSchemasIs42211() {
        String name = subject("never");
        given().delete("/contexts/" + context(name)).then().statusCode(204);
        registerOk(name, record("Dflt", A));
        given().delete("/contexts/:.:").then().statusCode(422).body("error_code", equalTo(42211))
                .body("message", equalTo("The specified context '.' is not empty."));
        given().get("/contexts").then().body("$", hasItem("."));
        given().delete("/contexts/a:b").then().statusCode(422).body("error_code", equalTo(42208));
    }
}
