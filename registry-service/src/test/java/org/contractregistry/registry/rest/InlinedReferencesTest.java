package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An Avro schema sent with its references written inline (a generated class, a schema fetched by id) is the version
 * registered with references: lookup finds it, registration answers its id and version, as Confluent since 5.5.1.
 */
@QuarkusTest
class InlinedReferencesTest {
    static final String ADDRESS = "{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"com.acme\","
            + "\"fields\":[{\"name\":\"street\",\"type\":\"string\"}]}";
    static final String ORDER_REFERENCING = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"com.acme\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"ship_to\",\"type\":\"Address\"}]}";
    static final String ORDER_INLINED = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"com.acme\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"ship_to\",\"type\":" + ADDRESS + "}]}";

    /** Address under a subject of its own, then Order under {@code order} referencing it; Order's id. */
    static int registerReferencing(String order) throws Exception {
        String address = subject("address");
        register(address, body(ADDRESS)).statusCode(200);
        ObjectNode withReference = (ObjectNode) new ObjectMapper().readTree(body(ORDER_REFERENCING));
        withReference.putArray("references").addObject().put("name", "com.acme.Address").put("subject", address)
                .put("version", 1);
        return register(order, withReference.toString()).statusCode(200).extract().path("id");
    }

    @Test
    void theInlinedFormIsTheVersionRegisteredWithReferences() throws Exception {
        String order = subject("order");
        int id = registerReferencing(order);

        given().contentType(V1).body(body(ORDER_INLINED)).post("/subjects/" + order).then().statusCode(200)
                .body("id", equalTo(id)).body("version", equalTo(1));
        register(order, body(ORDER_INLINED)).statusCode(200).body("id", equalTo(id));
        given().get("/subjects/" + order + "/versions").then().body("$", equalTo(List.of(1)));
    }

    @Test
    void anInlinedFormThatDiffersIsNotMatched() throws Exception {
        String order = subject("order");
        registerReferencing(order);
        given().contentType(V1).body(body(ORDER_INLINED.replace("street", "road"))).post("/subjects/" + order).then()
                .statusCode(404).body("error_code", equalTo(40403));
    }
}
