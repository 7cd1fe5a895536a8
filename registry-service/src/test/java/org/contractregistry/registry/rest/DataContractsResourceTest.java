package org.contractregistry.registry.rest;

import static io.restassured.RestAssured.given;
import static org.contractregistry.registry.rest.Api.V1;
import static org.contractregistry.registry.rest.Api.record;
import static org.contractregistry.registry.rest.Api.register;
import static org.contractregistry.registry.rest.Api.subject;
import static org.contractregistry.registry.rest.SubjectVersionsResourceTest.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Data contracts over HTTP: metadata lookup, config layering, rule validation, compatibility groups, reserved fields. */
@QuarkusTest
class DataContractsResourceTest {
    static final String A = "{\"name\":\"a\",\"type\":\"int\"}";
    static final String B = "{\"name\":\"b\",\"type\":\"string\"}";

    /** A register body: the schema, then raw JSON members such as {@code "metadata":{...}}. */
    private static String body(String schema, String... members) {
        StringBuilder body = new StringBuilder("{\"schema\":" + json(schema));
        for (String member : members) {
            body.append(',').append(member.replace('\'', '"'));
        }
        return body.append('}').toString();
    }

    private static String properties(String pairs) {
        return "'metadata':{'properties':{" + pairs + "}}";
    }

    private static void config(String subject, String body) {
        given().contentType(V1).body(body.replace('\'', '"')).put("/config/" + subject).then().statusCode(200);
    }

    private static ValidatableResponse metadata(String subject, String query) {
        return given().get("/subjects/" + subject + "/metadata" + query).then();
    }

    @Test
    void latestWithMetadataAnswersTheNewestVersionHoldingEveryPair() {
        String s = subject("meta");
        config(s, "{'compatibility':'NONE'}");
        int v1 = register(s, body(record("M", A), properties("'app':'1','team':'a'"))).statusCode(200)
                .extract().path("id");
        int v2 = register(s, body(record("M", A, B), properties("'app':'2','team':'a'"))).statusCode(200)
                .extract().path("id");
        register(s, body(record("M", B), properties("'app':'3'"))).statusCode(200);

        metadata(s, "?key=team&value=a").statusCode(200).contentType(V1)
                .body("subject", equalTo(s)).body("version", equalTo(2)).body("id", equalTo(v2))
                .body("schemaType", equalTo("AVRO")).body("schema", containsString("\"M\""))
                .body("metadata", equalTo(Map.of("properties", Map.of("app", "2", "team", "a"))))
                .body("guid", notNullValue()).body("ts", notNullValue());
        metadata(s, "?key=app&value=1").statusCode(200).body("version", equalTo(1)).body("id", equalTo(v1));
        metadata(s, "?key=app&key=team&value=1&value=a").statusCode(200).body("version", equalTo(1));
        // A key without its value is ignored; no pairs at all: the newest version with metadata.
        metadata(s, "?key=app&key=team&value=2").statusCode(200).body("version", equalTo(2));
        metadata(s, "").statusCode(200).body("version", equalTo(3));
        metadata(s, "?key=app&value=9").statusCode(404).body("error_code", equalTo(40403));
        metadata(subject("none"), "?key=app&value=1").statusCode(404).body("error_code", equalTo(40401));

        given().delete("/subjects/" + s + "/versions/1").then().statusCode(200);
        metadata(s, "?key=app&value=1").statusCode(404).body("error_code", equalTo(40403));
        metadata(s, "?key=app&value=1&deleted=true").statusCode(200).body("version", equalTo(1));
    }

    @Test
    void latestWithMetadataTakesTheContextUrlForm() {
        String name = subject("ctxmeta");
        register(":.dc:" + name, body(record("C", A), properties("'app':'1'"))).statusCode(200);
        given().get("/contexts/dc/subjects/" + name + "/metadata?key=app&value=1").then().statusCode(200)
                .body("subject", equalTo(":.dc:" + name)).body("version", equalTo(1));
    }

    @Test
    void configDefaultsAndOverridesLayerAroundTheRequestAndAreInherited() {
        String s = subject("layers");
        config(s, "{'defaultMetadata':{'properties':{'owner':'default','tier':'1'},'sensitive':['ssn']},"
                + "'overrideMetadata':{'properties':{'tier':'gold'}},"
                + "'defaultRuleSet':{'domainRules':[{'name':'checkA','kind':'CONDITION','type':'CEL','mode':'WRITE',"
                + "'expr':'message.a > 0'}]}}");
        given().get("/config/" + s).then().statusCode(200).body("overrideMetadata.properties.tier", equalTo("gold"));
        register(s, body(record("L", A), "'metadata':{'properties':{'owner':'team-a','tier':'3'}}")).statusCode(200)
                .body("metadata", equalTo(Map.of("properties", Map.of("owner", "team-a", "tier", "gold"),
                        "sensitive", java.util.List.of("ssn"))))
                .body("ruleSet.domainRules.name", contains("checkA"));
        register(s, body(record("L", A, "{\"name\":\"b\",\"type\":\"string\",\"default\":\"\"}"))).statusCode(200)
                .body("version", equalTo(2)).body("metadata.properties.owner", equalTo("team-a"));
        given().contentType(V1).body(body(record("L", A), "'metadata':{'properties':{'owner':'team-a'}}"))
                .post("/subjects/" + s).then().statusCode(200).body("version", equalTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing type|{'domainRules':[{'name':'r'}]}|42210|Missing rule type",
        "duplicate name|{'domainRules':[{'name':'r','type':'CEL'},{'name':'r','type':'CEL'}]}|42210|duplicate name 'r'",
        "bad migration mode|{'migrationRules':[{'name':'m','type':'X','mode':'WRITE'}]}|42210"
                + "|Migration rules can only be UPGRADE, DOWNGRADE, UPDOWN",
        "illegal name|{'domainRules':[{'name':'9r','type':'CEL'}]}|42210|Illegal initial character in rule name: 9r",
        "two actions on WRITE|{'domainRules':[{'name':'r','type':'CEL','mode':'WRITE','onFailure':'ERROR,NONE'}]}"
                + "|42210|Multiple actions only valid with WRITEREAD and UPDOWN",
        "unknown mode|{'domainRules':[{'name':'r','type':'CEL','mode':'SOMETIMES'}]}|422|Unknown rule mode",
    })
    void invalidRuleSetsAreRefusedOnRegistrationAndInConfig(String what, String ruleSet, int code, String message) {
        register(subject("rules"), body(record("R", A), "'ruleSet':" + ruleSet)).statusCode(422)
                .body("error_code", equalTo(code)).body("message", containsString(message));
        for (String key : new String[] {"defaultRuleSet", "overrideRuleSet"}) {
            given().contentType(V1).body(("{'" + key + "':" + ruleSet + "}").replace('\'', '"'))
                    .put("/config/" + subject("rules")).then().statusCode(422)
                    .body("error_code", equalTo(code)).body("message", containsString(message));
        }
    }

    @Test
    void configKeysOfTheWrongTypeAre422() {
        for (String body : new String[] {"{'compatibilityGroup':5}", "{'validateFields':'yes'}",
            "{'defaultMetadata':'owner'}"}) {
            given().contentType(V1).body(body.replace('\'', '"')).put("/config/" + subject("cfg")).then()
                    .statusCode(422).body("error_code", equalTo(422));
        }
    }

    @Test
    void compatibilityIsJudgedWithinTheCompatibilityGroupOnRegistrationAndCheck() {
        String s = subject("group");
        config(s, "{'compatibilityGroup':'application.version'}");
        register(s, body(record("G", A), properties("'application.version':'1'"))).statusCode(200);
        register(s, body(record("G", A, B))).statusCode(409).body("error_code", equalTo(40901))
                .body("message", containsString("{validateFields: 'false', compatibility: 'BACKWARD'"));
        given().contentType(V1).queryParam("verbose", true).body(body(record("G", A, B)))
                .post("/compatibility/subjects/" + s + "/versions").then().statusCode(200)
                .body("is_compatible", equalTo(false))
                .body("messages", hasItem(containsString("READER_FIELD_MISSING_DEFAULT_VALUE")));
        given().contentType(V1).body(body(record("G", A, B), properties("'application.version':'2'")))
                .post("/compatibility/subjects/" + s + "/versions/latest").then().statusCode(200)
                .body("is_compatible", equalTo(true));
        register(s, body(record("G", A, B), properties("'application.version':'2'"))).statusCode(200)
                .body("version", equalTo(2));
    }

    @Test
    void reservedFieldsAreEnforcedWhenValidateFieldsIsOn() {
        String s = subject("reserved");
        config(s, "{'validateFields':true,'compatibility':'NONE'}");
        register(s, body(record("V", A), properties("'confluent:reserved':'b'"))).statusCode(200);
        register(s, body(record("V", A, B))).statusCode(409).body("error_code", equalTo(40901))
                .body("message", containsString("The new schema has field that conflicts with the reserved field b."));
        register(s, body(record("V", A), properties("'confluent:reserved':''"))).statusCode(409)
                .body("message", containsString("reserved field b removed from its metadata"));
    }
}
