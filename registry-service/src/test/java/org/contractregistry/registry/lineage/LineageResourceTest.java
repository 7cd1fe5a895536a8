package org.contractregistry.registry.lineage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class LineageResourceTest {
    private static final String T0 = "2026-11-25T10:00:00Z";

    private static void register(String subject, String avro) {
        given().contentType("application/vnd.schemaregistry.v1+json").body(Map.of("schema", avro))
                .when().post("/subjects/" + subject + "/versions").then().statusCode(200);
    }

    private static String now() {
        return java.time.Instant.now().plusSeconds(1).toString();
    }

    @Test
    void shouldAcceptEventsWith201AndLinkJobsThroughDatasets() {
        String ns = Events.unique("spark");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String raw = Events.dataset("file", "/" + ns + "/raw.csv");
        String mid = Events.dataset("file", "/" + ns + "/mid.parquet");
        String out = Events.dataset("file", "/" + ns + "/out.parquet");
        Events.post(Events.run("START", first, ns, "first", "SPARK", T0, List.of(raw), List.of(mid))).statusCode(201);
        Events.post(Events.run("COMPLETE", first, ns, "first", "SPARK", "2026-11-25T10:00:05Z", List.of(raw),
                List.of(mid))).statusCode(201);
        Events.post(Events.run("START", second, ns, "second", "SPARK", "2026-11-25T10:01:00Z", List.of(mid),
                List.of(out))).statusCode(201);

        JsonPath graph = given().queryParam("nodeId", "dataset:file:/" + ns + "/mid.parquet").queryParam("depth", 3)
                .when().get("/api/v1/lineage").then().statusCode(200).extract().jsonPath();
        assertThat(graph.getList("graph.id", String.class)).containsExactly(
                "dataset:file:/" + ns + "/mid.parquet", "dataset:file:/" + ns + "/out.parquet",
                "dataset:file:/" + ns + "/raw.csv", "job:" + ns + ":first", "job:" + ns + ":second");
        assertThat(graph.getList("graph[0].inEdges.origin", String.class)).containsExactly("job:" + ns + ":first");
        assertThat(graph.getList("graph[0].outEdges.destination", String.class)).containsExactly("job:" + ns + ":second");
        assertThat(graph.getString("graph[3].type")).isEqualTo("JOB");
        assertThat(graph.getString("graph[3].data.integration")).isEqualTo("SPARK");
        assertThat(graph.getString("graph[3].data.latestRunState")).isEqualTo("COMPLETE");

        String again = given().queryParam("nodeId", "dataset:file:/" + ns + "/mid.parquet").queryParam("depth", 3)
                .when().get("/api/v1/lineage").then().extract().asString();
        assertThat(again).isEqualTo(graph.prettify().isEmpty() ? "" : given()
                .queryParam("nodeId", "dataset:file:/" + ns + "/mid.parquet").queryParam("depth", 3)
                .when().get("/api/v1/lineage").then().extract().asString());

        JsonPath depthOne = given().queryParam("nodeId", "job:" + ns + ":first").queryParam("depth", 1)
                .when().get("/api/v1/lineage").then().statusCode(200).extract().jsonPath();
        assertThat(depthOne.getList("graph.id", String.class)).doesNotContain("job:" + ns + ":second");

        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/" + ns + "/jobs/first").then().statusCode(200)
                .body("runs", hasSize(1)).body("runs[0].state", equalTo("COMPLETE"))
                .body("runs[0].durationMs", equalTo(5000)).body("runs[0].states.state", equalTo(List.of("START", "COMPLETE")))
                .body("outputs[0].name", equalTo("/" + ns + "/mid.parquet"));
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/" + ns + "/jobs").then().statusCode(200).body("totalCount", equalTo(2));
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/" + ns + "/jobs/first/runs").then().statusCode(200)
                .body("runs[0].id", equalTo(first.toString()));
        given().when().get("/api/v1/jobs/runs/" + second).then().statusCode(200).body("state", equalTo("START"));
        given().when().get("/api/v1/namespaces").then().statusCode(200).body("namespaces.name", org.hamcrest.Matchers.hasItem(ns));
    }

    @Test
    void datasetPathsWithSlashesAreReadable() {
        String ns = Events.unique("spark");
        Events.post(Events.run("START", UUID.randomUUID(), ns, "writer", "SPARK", T0, List.of(),
                List.of(Events.dataset("file", "/" + ns + "/dir/part.parquet", "id:long")))).statusCode(201);
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/file/datasets/%2F" + ns + "%2Fdir%2Fpart.parquet").then()
                .statusCode(200).body("name", equalTo("/" + ns + "/dir/part.parquet"))
                .body("fields[0].name", equalTo("id")).body("producers[0].name", equalTo("writer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"eventType\":\"START\",",
        "{\"eventType\":\"EXPLODED\",\"eventTime\":\"2026-11-25T10:00:00Z\",\"producer\":\"p\",\"run\":{\"runId\":\"%s\"},\"job\":{\"namespace\":\"%s\",\"name\":\"j\"}}",
        "{\"eventType\":\"START\",\"eventTime\":\"2026-11-25T10:00:00Z\",\"producer\":\"p\",\"run\":{},\"job\":{\"namespace\":\"%2$s\",\"name\":\"j\"}}",
        "{\"eventType\":\"START\",\"eventTime\":\"2026-11-25T10:00:00Z\",\"producer\":\"p\",\"run\":{\"runId\":\"%s\"},\"job\":{\"namespace\":\"%s\"}}",
        "{\"eventType\":\"START\",\"eventTime\":\"2026-11-25T10:00:00Z\",\"producer\":\"p\",\"run\":{\"runId\":\"%s\"},\"job\":{\"namespace\":\"%s\",\"name\":\"j\"},\"outputs\":[{\"namespace\":\"file\"}]}",
    })
    void badEventsGet4xxNamingTheProblemAndNothingIsStored(String template) {
        String ns = Events.unique("bad");
        String body = template.contains("%") ? String.format(template, UUID.randomUUID(), ns) : template;
        String message = Events.post(body).statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422)))
                .body("message", org.hamcrest.Matchers.not(org.hamcrest.Matchers.blankOrNullString()))
                .extract().path("message");
        assertThat(message).containsAnyOf("JSON", "eventType", "runId", "job.name", "name is missing");
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/" + ns + "/jobs").then().statusCode(200).body("jobs", empty());
        given().when().get("/api/v1/namespaces").then().body("namespaces.name",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(ns)));
    }

    @Test
    void facetOverTheLimitIs413AndNothingIsStored() {
        String ns = Events.unique("big");
        String huge = "\"x\":\"" + "a".repeat(300_000) + "\"";
        String body = Events.run("START", UUID.randomUUID(), ns, "j", "SPARK", T0, List.of(), List.of())
                .replace("\"run\":{", "\"run\":{\"facets\":{\"huge\":{\"_producer\":\"p\",\"_schemaURL\":\"s\"," + huge
                        + "}},");
        Events.post(body).statusCode(413).body("message", containsString("run.facets.huge"));
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/" + ns + "/jobs").then().body("jobs", empty());
    }

    @Test
    void unknownNodesAre404AndBadIdsAre400() {
        given().queryParam("nodeId", "dataset:file:/nowhere/" + UUID.randomUUID()).when().get("/api/v1/lineage")
                .then().statusCode(404).body("code", equalTo(404));
        given().queryParam("nodeId", "table:x:y").when().get("/api/v1/lineage").then().statusCode(400)
                .body("message", containsString("dataset:"));
        given().queryParam("nodeId", "job:a:b").queryParam("depth", 0).when().get("/api/v1/lineage").then()
                .statusCode(400);
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/none/datasets/none").then().statusCode(404);
    }

    @Test
    void kafkaTopicsBindByTopicNameStrategyWithVersionAndDrift() {
        String topic = Events.unique("orders");
        register(topic + "-value", "{\"type\":\"record\",\"name\":\"Order\",\"fields\":["
                + "{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"email\",\"type\":[\"null\",\"string\"]},"
                + "{\"name\":\"amount\",\"type\":\"double\"}]}");
        UUID run = UUID.randomUUID();
        String kafka = Events.dataset("kafka://broker:9092", topic, "id:long", "amount:string", "coupon:string");
        Events.post(Events.run("START", run, "spark", Events.unique("enricher"), "SPARK", now(), List.of(kafka),
                List.of())).statusCode(201);

        JsonPath view = given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/kafka:%2F%2Fbroker:9092/datasets/" + topic).then()
                .statusCode(200).extract().jsonPath();
        assertThat(view.getString("binding.subject")).isEqualTo(topic + "-value");
        assertThat(view.getString("binding.source")).isEqualTo("TOPIC_NAME_STRATEGY");
        assertThat(view.getList("contractVersions.version", Integer.class)).containsExactly(1);
        assertThat(view.getInt("latestRuns[0].contractVersion")).isEqualTo(1);
        assertThat(view.getList("drift", Map.class)).extracting(d -> d.get("kind") + " " + d.get("fieldPath"))
                .containsExactly("TYPE_MISMATCH amount", "EXTRA_FIELD coupon", "MISSING_FIELD email");
        assertThat(view.getString("drift[0].message")).contains("double in the contract but was observed as string");
        assertThat(view.getString("drift[0].runId")).isEqualTo(run.toString());

        given().queryParam("nodeId", "dataset:kafka://broker:9092:" + topic).when().get("/api/v1/lineage").then()
                .statusCode(200).body("graph.find { it.type == 'DATASET' }.data.contractVersion", equalTo(1))
                .body("graph.find { it.type == 'DATASET' }.data.drift", hasSize(3));
    }

    @Test
    void explicitBindingsAndNamingRulesBindTablesAndFiles() {
        String file = "/" + Events.unique("exports") + "/orders.parquet";
        String subject = Events.unique("exports") + "-value";
        register(subject, "{\"type\":\"record\",\"name\":\"Export\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"}]}");
        given().contentType(ContentType.JSON).body(Map.of("namespace", "file", "name", file, "subject", subject))
                .when().put("/api/v1/lineage/bindings").then().statusCode(200).body("source", equalTo("EXPLICIT"));
        String table = Events.unique("t").replace('-', '_');
        Events.post(Events.run("COMPLETE", UUID.randomUUID(), "airflow", Events.unique("dag.task"), "AIRFLOW", now(),
                List.of(Events.dataset("postgres://db:5432", "shop.public." + table, "id:bigint")),
                List.of(Events.dataset("file", file, "id:long")))).statusCode(201);

        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/file/datasets/" + file.replace("/", "%2F")).then().statusCode(200)
                .body("binding.subject", equalTo(subject)).body("latestRuns[0].contractVersion", equalTo(1))
                .body("drift", empty());
        given().queryParam("namespace", "postgres://db:5432").queryParam("name", "shop.public." + table)
                .when().get("/api/v1/lineage/bindings/current").then().statusCode(200)
                .body("subject", equalTo(table + "-value")).body("source", equalTo("NAMING_RULE"));
        given().when().get("/api/v1/lineage/bindings").then().statusCode(200)
                .body("bindings.subject", org.hamcrest.Matchers.hasItem(subject));

        given().queryParam("namespace", "file").queryParam("name", file).when().delete("/api/v1/lineage/bindings")
                .then().statusCode(204);
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/file/datasets/" + file.replace("/", "%2F")).then()
                .body("binding", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("namespace", "file", "name", file, "subject", ""))
                .when().put("/api/v1/lineage/bindings").then().statusCode(422);
    }

    @Test
    void subjectConsumersAnswerTheMavenGateContract() {
        String topic = Events.unique("payments");
        String job = Events.unique("payments-enricher");
        UUID run = UUID.randomUUID();
        String at = "2026-11-25T10:00:00Z";
        Events.post(Events.run("COMPLETE", run, "spark", job, "SPARK", at,
                List.of(Events.dataset("kafka://broker:9092", topic)), List.of())).statusCode(201);
        Events.post(Events.run("COMPLETE", UUID.randomUUID(), "spark", Events.unique("producer"), "SPARK", at,
                List.of(), List.of(Events.dataset("kafka://broker:9092", topic)))).statusCode(201);

        String body = given().when().get("/api/v1/contracts/subjects/" + topic + "-value/consumers").then()
                .statusCode(200).extract().asString();
        assertThat(body).isEqualTo("{\"subject\":\"" + topic + "-value\",\"datasets\":[{\"namespace\":"
                + "\"kafka://broker:9092\",\"name\":\"" + topic + "\"}],\"consumers\":[{\"namespace\":\"spark\","
                + "\"name\":\"" + job + "\",\"integration\":\"SPARK\",\"dataset\":{\"namespace\":\"kafka://broker:9092\","
                + "\"name\":\"" + topic + "\"},\"lastRunId\":\"" + run + "\",\"lastRunAt\":\"2026-11-25T10:00:00Z\","
                + "\"contractVersion\":null,\"drift\":[],\"owners\":[],\"ownerSources\":[]}]}");
        given().when().get("/api/v1/contracts/subjects/" + topic + "-key/consumers").then().statusCode(200)
                .body("consumers.name", equalTo(List.of(job)));
        given().when().get("/api/v1/contracts/subjects/nobody-" + UUID.randomUUID() + "/consumers").then()
                .statusCode(200).body("datasets", empty()).body("consumers", empty());
    }

    @Test
    void consumersNameTheTeamsOwningEachJobWhereABindingOfAWrittenDatasetGivesOne() {
        String prefix = Events.unique("pay");
        String team = Events.unique("payments");
        given().contentType(ContentType.JSON).body(Map.of("prefixes", List.of(prefix + ".")))
                .when().put("/api/v1/security/teams/" + team).then().statusCode(200);
        String declared = Events.unique("shipping");
        String shipments = Events.unique("shipments");
        given().contentType("application/vnd.schemaregistry.v1+json").body(Map.of("schema", "\"string\"",
                        "metadata", Map.of("properties", Map.of("owner", declared))))
                .when().post("/subjects/" + shipments + "-value/versions").then().statusCode(200);

        String topic = Events.unique("orders");
        String at = "2026-11-25T10:00:00Z";
        String bound = Events.unique("settler");
        String declaredJob = Events.unique("shipper");
        String orphan = Events.unique("notebook");
        String settled = prefix + ".settled";
        Events.post(Events.run("COMPLETE", UUID.randomUUID(), "spark", bound, "SPARK", at,
                List.of(Events.dataset("kafka://broker:9092", topic)),
                List.of(Events.dataset("file", "/lake/" + settled)))).statusCode(201);
        Events.post(Events.run("COMPLETE", UUID.randomUUID(), "spark", declaredJob, "SPARK", at,
                List.of(Events.dataset("kafka://broker:9092", topic)),
                List.of(Events.dataset("kafka://broker:9092", shipments)))).statusCode(201);
        Events.post(Events.run("COMPLETE", UUID.randomUUID(), "spark", orphan, "SPARK", at,
                List.of(Events.dataset("kafka://broker:9092", topic)), List.of())).statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("namespace", "file", "name", "/lake/" + settled,
                "subject", settled + "-value")).when().put("/api/v1/lineage/bindings").then().statusCode(200);

        JsonPath consumers = JsonPath.from(given().when().get("/api/v1/contracts/subjects/" + topic + "-value/consumers")
                .then().statusCode(200).extract().asString());
        assertThat(consumers.getList("consumers.name")).containsExactlyInAnyOrder(bound, declaredJob, orphan);
        assertThat(consumers.getList("consumers.find { it.name == '" + bound + "' }.owners")).containsExactly(team);
        assertThat(consumers.getString("consumers.find { it.name == '" + bound + "' }.ownerSources[0].source"))
                .isEqualTo("binding:file:/lake/" + settled);
        assertThat(consumers.getList("consumers.find { it.name == '" + declaredJob + "' }.owners"))
                .containsExactly(declared);
        assertThat(consumers.getString("consumers.find { it.name == '" + declaredJob + "' }.ownerSources[0].source"))
                .isEqualTo("metadata:" + shipments + "-value");
        assertThat(consumers.getList("consumers.find { it.name == '" + orphan + "' }.owners")).isEmpty();
        given().when().delete("/api/v1/security/teams/" + team).then().statusCode(204);
    }

    @Test
    void datasetAndJobEventsAreStored() {
        String ns = Events.unique("catalog");
        given().contentType(ContentType.JSON).body("{\"eventTime\":\"" + T0 + "\",\"producer\":\"p\",\"schemaURL\":"
                + "\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/DatasetEvent\",\"dataset\":"
                + Events.dataset(ns, "tbl", "id:int") + "}").when().post("/api/v1/lineage").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"eventTime\":\"" + T0 + "\",\"producer\":\"p\",\"schemaURL\":"
                + "\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent\",\"job\":{\"namespace\":\""
                + ns + "\",\"name\":\"loader\"},\"inputs\":[" + Events.dataset(ns, "tbl") + "],\"outputs\":[]}")
                .when().post("/api/v1/lineage").then().statusCode(201);
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/" + ns + "/datasets/tbl").then().statusCode(200)
                .body("fields[0].type", equalTo("int")).body("consumers[0].name", equalTo("loader"));
        given().urlEncodingEnabled(false).when().get("/api/v1/namespaces/" + ns + "/datasets").then().body("totalCount", equalTo(1));
    }

    /** A GET of a raw path exactly as curl sends it (RestAssured rewrites the {@code //} of {@code kafka://}). */
    private static java.net.http.HttpResponse<String> rawGet(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNamespaceSentWithoutPercentEncodingIsReadWhenUnambiguousElse404SaysToEncode() throws Exception {
        String topic = Events.unique("clicks");
        Events.post(Events.run("COMPLETE", UUID.randomUUID(), "spark", Events.unique("reader"), "SPARK", T0,
                List.of(Events.dataset("kafka://host:9092", topic, "id:long")), List.of())).statusCode(201);
        var dataset = rawGet("/api/v1/namespaces/kafka://host:9092/datasets/" + topic);
        assertThat(dataset.statusCode()).isEqualTo(200);
        assertThat(JsonPath.from(dataset.body()).getString("namespace")).isEqualTo("kafka://host:9092");
        var listing = rawGet("/api/v1/namespaces/kafka://host:9092/datasets");
        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(JsonPath.from(listing.body()).getList("datasets.name")).contains(topic);
        var ambiguous = rawGet("/api/v1/namespaces/file/datasets//x/datasets/y.csv");
        assertThat(ambiguous.statusCode()).isEqualTo(404);
        assertThat(ambiguous.body()).contains("percent-encode");
        var unknown = rawGet("/api/v1/namespaces/kafka://nowhere:1/datasets/" + topic);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("kafka%3A%2F%2Fhost%3A9092");
    }
}
