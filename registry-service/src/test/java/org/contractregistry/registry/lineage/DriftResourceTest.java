package org.contractregistry.registry.lineage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /api/v1/drift, and the contract version and drift each consumer of a subject last read. */
@QuarkusTest
class DriftResourceTest {
    private static final String ORDER = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":["
            + "{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"amount\",\"type\":\"double\"}]}";

    /** Events after the registration, so the contract version applies to them; {@code hours} apart. */
    private static String at(int hours) {
        return java.time.Instant.now().plusSeconds(1 + 3600L * hours).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
    }

    private static void register(String subject) {
        given().contentType("application/vnd.schemaregistry.v1+json").body(Map.of("schema", ORDER))
                .when().post("/subjects/" + subject + "/versions").then().statusCode(200);
    }

    private static JsonPath drift(String subject, String... params) {
        var request = given().queryParam("subject", subject);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.when().get("/api/v1/drift").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void driftFixedByALaterRunIsResolvedNamingThatRunAndWhen() {
        String topic = Events.unique("orders");
        String job = Events.unique("enricher");
        register(topic + "-value");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Events.post(Events.run("COMPLETE", first, "spark", job, "SPARK", at(0),
                List.of(Events.dataset("kafka://broker:9092", topic, "id:long", "amount:string", "coupon:string")),
                List.of())).statusCode(201);
        JsonPath before = drift(topic + "-value");
        assertThat(before.getInt("totalCount")).isEqualTo(2);
        assertThat(before.getList("drift.status", String.class)).containsOnly("OPEN");

        String later = at(1);
        Events.post(Events.run("COMPLETE", second, "spark", job, "SPARK", later,
                List.of(Events.dataset("kafka://broker:9092", topic, "id:long", "amount:double", "coupon:string")),
                List.of())).statusCode(201);
        JsonPath after = drift(topic + "-value");
        assertThat(after.getList("drift", Map.class)).extracting(d -> d.get("kind") + " " + d.get("fieldPath") + " "
                + d.get("status") + " " + d.get("lastDetectedByRunId") + " " + d.get("resolvedByRunId") + " "
                + d.get("resolvedAt")).containsExactlyInAnyOrder(
                        "EXTRA_FIELD coupon OPEN " + second + " null null",
                        "TYPE_MISMATCH amount RESOLVED " + first + " " + second + " " + later);
        assertThat(after.getString("drift.find { it.kind == 'TYPE_MISMATCH' }.namespace"))
                .isEqualTo("kafka://broker:9092");
        assertThat(after.getString("drift.find { it.kind == 'TYPE_MISMATCH' }.name")).isEqualTo(topic);

        assertThat(drift(topic + "-value", "status", "open").getList("drift.fieldPath")).containsExactly("coupon");
        assertThat(drift(topic + "-value", "status", "resolved").getList("drift.fieldPath"))
                .containsExactly("amount");
        assertThat(drift(topic + "-value", "kind", "extra_field").getList("drift.fieldPath"))
                .containsExactly("coupon");
        assertThat(drift(topic + "-value", "namespace", "kafka://elsewhere:9092").getInt("totalCount")).isZero();

        JsonPath consumers = given().when().get("/api/v1/contracts/subjects/" + topic + "-value/consumers").then()
                .statusCode(200).extract().jsonPath();
        assertThat(consumers.getInt("consumers[0].contractVersion")).isEqualTo(1);
        assertThat(consumers.getString("consumers[0].lastRunId")).isEqualTo(second.toString());
        assertThat(consumers.getList("consumers[0].drift.fieldPath")).containsExactly("coupon");
    }

    @Test
    void aRunWithoutASchemaFacetResolvesNothing() {
        String topic = Events.unique("payments");
        register(topic + "-value");
        Events.post(Events.run("COMPLETE", UUID.randomUUID(), "spark", Events.unique("a"), "SPARK",
                at(0), List.of(Events.dataset("kafka://broker:9092", topic, "id:long")),
                List.of())).statusCode(201);
        Events.post(Events.run("COMPLETE", UUID.randomUUID(), "spark", Events.unique("b"), "SPARK",
                at(2), List.of(Events.dataset("kafka://broker:9092", topic)), List.of()))
                .statusCode(201);
        JsonPath open = drift(topic + "-value");
        assertThat(open.getList("drift.status", String.class)).containsExactly("OPEN");
        assertThat(open.getString("drift[0].fieldPath")).isEqualTo("amount");
    }

    @Test
    void pagesAndSinceNarrowTheList() {
        String topic = Events.unique("paged");
        register(topic + "-value");
        Events.post(Events.run("COMPLETE", UUID.randomUUID(), "spark", Events.unique("a"), "SPARK",
                at(0), List.of(Events.dataset("kafka://broker:9092", topic, "x:int", "y:int")),
                List.of())).statusCode(201);
        JsonPath page = drift(topic + "-value", "limit", "2", "offset", "1");
        assertThat(page.getInt("totalCount")).isEqualTo(4); // id, amount missing; x, y extra
        assertThat(page.getList("drift")).hasSize(2);
        assertThat(drift(topic + "-value", "limit", "2", "offset", "10").getInt("totalCount")).isEqualTo(4);
        assertThat(drift(topic + "-value", "since", "2999-01-01T00:00:00Z").getInt("totalCount")).isZero();
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        given().queryParam("kind", "WRONG").when().get("/api/v1/drift").then().statusCode(400)
                .body("message", containsString("MISSING_FIELD")).body("error_code", equalTo(400));
        given().queryParam("since", "yesterday").when().get("/api/v1/drift").then().statusCode(400)
                .body("message", containsString("ISO-8601"));
        given().queryParam("status", "fixed").when().get("/api/v1/drift").then().statusCode(400);
        given().queryParam("limit", "0").when().get("/api/v1/drift").then().statusCode(400);
    }
}
