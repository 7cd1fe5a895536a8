package org.contractregistry.registry.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pages' HTTP shape and what the server renders; the browser walk is compat-tests/ui-browser. */
@QuarkusTest
class UiPagesTest {
    private static final String V1 = "application/vnd.schemaregistry.v1+json";

    private static String register(String subject, String fields) {
        String schema = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[" + fields + "]}";
        given().contentType(V1).body("{\"schema\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(schema)
                + "}").post("/subjects/" + subject + "/versions").then().statusCode(200);
        return subject;
    }

    @Test
    void searchFindsASubjectByAnyPartOfItsNameInAnyCase() {
        String s = register("UiSearch-" + UUID.randomUUID() + "-value", "{\"name\":\"a\",\"type\":\"int\"}");
        given().queryParam("q", s.substring(2, 20).toLowerCase()).get("/ui").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString(s));
        given().queryParam("q", "no-such-" + UUID.randomUUID()).queryParam("kind", "subjects").get("/ui").then()
                .statusCode(200).body(containsString("No subject matches."));
    }

    @Test
    void diffMarksTheEngineFindingsOnTheNewerVersion() {
        String s = "ui-diff-" + UUID.randomUUID();
        register(s, "{\"name\":\"a\",\"type\":\"int\"}");
        given().contentType(V1).body("{\"compatibility\":\"NONE\"}").put("/config/" + s).then().statusCode(200);
        register(s, "{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"b\",\"type\":\"string\"}");
        given().queryParam("s", s).queryParam("from", 1).queryParam("to", 2).get("/ui/diff").then().statusCode(200)
                .body(containsString("READER_FIELD_MISSING_DEFAULT_VALUE"))
                .body(containsString("<span class=\"finding\""))
                .body(containsString("this pair is judged at BACKWARD"));
    }

    @Test
    void impactJudgesAProposalWithoutRegisteringIt() {
        String s = register("ui-impact-" + UUID.randomUUID(), "{\"name\":\"a\",\"type\":\"int\"}");
        given().queryParam("s", s).formParam("schemaType", "AVRO")
                .formParam("schema", "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}")
                .post("/ui/impact").then().statusCode(200).body(containsString("Incompatible at BACKWARD"));
        given().queryParam("s", s).formParam("schemaType", "AVRO").formParam("schema", "{not json")
                .post("/ui/impact").then().statusCode(200).body(containsString("is not valid"));
        given().get("/subjects/" + s + "/versions").then().body(not(containsString("2")));
    }

    @Test
    void unknownThingsAreAPageWithTheApiStatusNotJson() {
        given().queryParam("s", "ui-missing-" + UUID.randomUUID()).get("/ui/subject").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("not found"));
        given().queryParam("ns", "nowhere").queryParam("name", "nothing").get("/ui/dataset").then().statusCode(404)
                .contentType(containsString("text/html"));
        given().queryParam("node", "neither:a:b").get("/ui/graph").then().statusCode(400)
                .contentType(containsString("text/html"));
    }

    @Test
    void theAuditPageShowsTheEntriesOfASubjectAndTheChainsVerification() {
        String s = register("ui-audited-" + UUID.randomUUID(), "{\"name\":\"a\",\"type\":\"int\"}");
        given().queryParam("subject", s).get("/ui/audit").then().statusCode(200)
                .body(not(containsString("audit log is not available")))
                .body(containsString("schema.register")).body(containsString(s))
                .body(containsString("The hash chain verifies"));
        given().queryParam("s", s).get("/ui/subject").then().statusCode(200).body(containsString("anonymous"));
    }

    @Test
    void assetsAreServedFromTheJar() {
        given().get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").then().statusCode(200);
        given().get("/webjars/highlightjs/11.11.1/highlight.min.js").then().statusCode(200);
        given().get("/ui/graph.js").then().statusCode(200);
    }
}
