package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.body;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.subject;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** schemaType JSON wherever Avro and Protobuf go: register, look up, check, reference, normalise, metadata. */
@QuarkusTest
class JsonSchemaResourceTest {
    private static final String ORDER = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},"
            + "\"total\":{\"type\":\"number\"}},\"required\":[\"id\"]}";
    private static final String ORDER_LAID_OUT = "{\n  \"type\": \"object\",\n  \"properties\": {\n"
            + "    \"id\": {\"type\": \"string\"},\n    \"total\": {\"type\": \"number\"}\n  },\n  \"required\": [\"id\"]\n}";
    private static final String ORDER_REORDERED = "{\"required\":[\"id\"],\"properties\":{\"total\":{\"type\":[\"number\"]},"
            + "\"id\":{\"type\":\"string\"}},\"type\":\"object\"}";

    @Test
    void registersLooksUpAndReadsBackAsJson() {
        String s = subject("json-reg");
        int id = register(s, body(ORDER, "JSON")).statusCode(200).extract().path("id");
        register(s, body(ORDER_LAID_OUT, "JSON")).statusCode(200).body("id", equalTo(id));
        given().get("/schemas/ids/" + id).then().statusCode(200).body("schemaType", equalTo("JSON"))
                .body("schema", equalTo(ORDER));
        given().get("/subjects/" + s + "/versions/1").then().body("schemaType", equalTo("JSON"))
                .body("version", equalTo(1));
        given().contentType(V1).body(body(ORDER_LAID_OUT, "JSON")).post("/subjects/" + s).then().statusCode(200)
                .body("id", equalTo(id)).body("schemaType", equalTo("JSON"));
        given().contentType(V1).body(body(ORDER_REORDERED, "JSON")).post("/subjects/" + s).then().statusCode(404)
                .body("error_code", equalTo(40403));
        String normalized = subject("json-norm");
        int normalizedId = given().contentType(V1).queryParam("normalize", true).body(body(ORDER, "JSON"))
                .post("/subjects/" + normalized + "/versions").then().statusCode(200).extract().path("id");
        given().contentType(V1).queryParam("normalize", true).body(body(ORDER_REORDERED, "JSON"))
                .post("/subjects/" + normalized).then().statusCode(200).body("id", equalTo(normalizedId));
        given().contentType(V1).queryParam("normalize", true).body(body(ORDER_REORDERED, "JSON"))
                .post("/subjects/" + normalized + "/versions").then().statusCode(200).body("id", equalTo(normalizedId));
        given().get("/schemas/types").then().body("$", hasItem("JSON"));
    }

    @Test
    void invalidJsonSchemaIs422NamingTheProblem() {
        register(subject("json-bad"), body("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":7}}}", "JSON"))
                .statusCode(422).body("error_code", equalTo(42201))
                .body("message", containsString("/properties/a/type"));
        register(subject("json-bad"), body("{\"properties\":{\"a\":{\"$ref\":\"other.json\"}}}", "JSON"))
                .statusCode(422).body("message", containsString("other.json"));
    }

    @Test
    void incompatibleChangesAre409AndVerboseChecksNameConfluentsDifference() {
        String s = subject("json-compat");
        register(s, body(ORDER, "JSON")).statusCode(200);
        String closedRequired = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\",\"maxLength\":8},"
                + "\"total\":{\"type\":\"number\"}},\"required\":[\"id\"]}";
        given().contentType(V1).queryParam("verbose", true).body(body(closedRequired, "JSON"))
                .post("/compatibility/subjects/" + s + "/versions/latest").then().statusCode(200)
                .body("is_compatible", equalTo(false))
                .body("messages[0]", startsWith("{errorType:\"MAX_LENGTH_ADDED\", description:\"At #/properties/id/maxLength"))
                .body("messages", hasItem("{oldSchemaVersion: 1}"));
        register(s, body(closedRequired, "JSON")).statusCode(409).body("error_code", equalTo(40901))
                .body("message", containsString("MAX_LENGTH_ADDED"));
        String widened = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},"
                + "\"total\":{\"type\":[\"number\",\"null\"]},\"note\":{}},\"required\":[\"id\"]}";
        given().contentType(V1).body(body(widened, "JSON")).post("/compatibility/subjects/" + s + "/versions/latest")
                .then().statusCode(200).body("is_compatible", equalTo(true));
        register(s, body(widened, "JSON")).statusCode(200);
    }

    @Test
    void referencesToOtherSubjectsResolveAndJudgeTheReferencedSchema() {
        String address = subject("json-address");
        register(address, body("{\"type\":\"object\",\"properties\":{\"zip\":{\"type\":\"string\"}}}", "JSON"))
                .statusCode(200);
        register(address, body("{\"type\":\"object\",\"properties\":{\"zip\":{\"type\":\"integer\"}}}", "JSON"))
                .statusCode(409);
        String customer = subject("json-customer");
        String withRef = "{\"schemaType\":\"JSON\",\"schema\":" + quoted("{\"type\":\"object\",\"properties\":{"
                + "\"home\":{\"$ref\":\"address.json\"}}}") + ",\"references\":[{\"name\":\"address.json\",\"subject\":\""
                + address + "\",\"version\":1}]}";
        int id = register(customer, withRef).statusCode(200).extract().path("id");
        given().get("/schemas/ids/" + id).then().body("references[0].name", equalTo("address.json"))
                .body("schemaType", equalTo("JSON"));
        given().get("/subjects/" + address + "/versions/1/referencedby").then().body("$", hasItem(id));
        String missing = withRef.replace("\"version\":1", "\"version\":7");
        register(customer, missing).statusCode(422);
    }

    @Test
    void metadataAndRuleSetsTravelWithJsonSchemas() {
        String s = subject("json-meta");
        String withMetadata = "{\"schemaType\":\"JSON\",\"schema\":" + quoted(ORDER) + ",\"metadata\":{\"properties\":"
                + "{\"owner\":\"orders-team\",\"confluent:reserved\":\"legacy\"}},\"ruleSet\":{\"domainRules\":[{\"name\":"
                + "\"idPresent\",\"kind\":\"CONDITION\",\"mode\":\"WRITE\",\"type\":\"CEL\",\"expr\":\"has(message.id)\"}]}}";
        register(s, withMetadata).statusCode(200);
        given().get("/subjects/" + s + "/versions/latest").then().body("metadata.properties.owner", equalTo("orders-team"))
                .body("ruleSet.domainRules[0].name", equalTo("idPresent"));
        given().put("/config/" + s).then();
        given().contentType(V1).body("{\"validateFields\":true}").put("/config/" + s).then().statusCode(200);
        String usesReserved = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"total\":{\"type\":"
                + "\"number\"},\"legacy\":{}},\"required\":[\"id\"]}";
        String body = withMetadata.replace(quoted(ORDER), quoted(usesReserved));
        register(s, body).statusCode(409).body("message", containsString("reserved field legacy"));
    }

    private static String quoted(String text) {
        return new com.fasterxml.jackson.databind.node.TextNode(text).toString();
    }
}
