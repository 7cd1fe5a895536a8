package org.contractregistry.registry.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contractregistry.registry.store.PackagedOnPostgres;
import org.contractregistry.registry.store.PackagedRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lineage store's PostgreSQL path (its {@code INSERT ... ON CONFLICT} upserts) through the packaged app over a
 * fresh PostgreSQL database: Airflow fixtures posted twice, an explicit table binding, a drifting Kafka reader.
 */
class LineageOnPostgresIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/json";
    private static final String DAG = "job:default:orders_daily";
    private static final String LOAD_TASK = "job:default:orders_daily.load_orders_daily";
    private static final String ORDERS = "dataset:postgres://shop-db:5432:shop.public.orders";
    private static final String LOAD_RUN = "01937a4b-0000-7000-8000-0000000000a1";
    private static final List<String> FIXTURES = List.of("dag_run_start", "task_sql_start", "task_sql_complete",
            "task_fail_start", "task_fail", "dag_run_fail");

    @RegisterExtension
    final PackagedOnPostgres app = new PackagedOnPostgres("lineage-on-postgres");

    @Test
    void airflowAndKafkaLineageIsStoredAndServedOnPostgres() throws Exception {
        register("orders-contract-value", "{\"type\":\"record\",\"name\":\"Order\",\"fields\":["
                + "{\"name\":\"id\",\"type\":\"long\"}]}");
        JsonNode binding = call("PUT", "/api/v1/lineage/bindings", "{\"namespace\":\"postgres://shop-db:5432\","
                + "\"name\":\"shop.public.orders\",\"subject\":\"orders-contract-value\"}", 200);
        assertThat(binding.get("source").asText()).isEqualTo("EXPLICIT");

        // The runs happen after the contract's registration, as in production: the fixtures' times move to now.
        List<String> fixtures = FIXTURES.stream().map(f -> Events.resource("/lineage/airflow/" + f + ".json")).toList();
        Duration shift = Duration.between(earliestEventTime(fixtures), Instant.now().plusSeconds(1));
        for (int round = 0; round < 2; round++) { // the second round hits every ON CONFLICT branch
            for (String fixture : fixtures) {
                call("POST", "/api/v1/lineage", shifted(fixture, shift), 201);
            }
        }

        JsonNode graph = call("GET", "/api/v1/lineage?nodeId=" + enc(LOAD_TASK) + "&depth=3", null, 200)
                .get("graph");
        assertThat(ids(graph)).containsExactly(
                ORDERS,
                "dataset:postgres://shop-db:5432:shop.public.orders_daily",
                "dataset:postgres://shop-db:5432:shop.public.orders_report",
                LOAD_TASK,
                "job:default:orders_daily.publish_report");
        assertThat(node(graph, LOAD_TASK).at("/data/parent").asText()).isEqualTo(DAG);
        assertThat(node(graph, LOAD_TASK).at("/data/latestRunState").asText()).isEqualTo("COMPLETE");
        assertThat(field(node(graph, LOAD_TASK).get("outEdges"), "destination"))
                .containsExactly("dataset:postgres://shop-db:5432:shop.public.orders_daily");
        assertThat(node(graph, ORDERS).at("/data/subject").asText()).isEqualTo("orders-contract-value");
        assertThat(node(graph, ORDERS).at("/data/contractVersion").asInt()).isEqualTo(1);

        JsonNode dag = call("GET", "/api/v1/namespaces/default/jobs/orders_daily", null, 200);
        assertThat(dag.get("jobType").asText()).isEqualTo("DAG");
        assertThat(field(dag.get("children"), "name"))
                .containsExactly("orders_daily.load_orders_daily", "orders_daily.publish_report");
        assertThat(dag.at("/runs/0/state").asText()).isEqualTo("FAIL");
        assertThat(dag.get("runs")).hasSize(1);

        JsonNode run = call("GET", "/api/v1/jobs/runs/" + LOAD_RUN, null, 200);
        assertThat(run.get("state").asText()).isEqualTo("COMPLETE");
        JsonNode task = call("GET", "/api/v1/namespaces/default/jobs/orders_daily.load_orders_daily", null, 200);
        assertThat(task.get("runs")).hasSize(1);
        assertThat(task.at("/runs/0/durationMs").asLong()).isEqualTo(4500);
        assertThat(field(task.at("/runs/0/states"), "state")).contains("START", "COMPLETE");
        assertThat(field(task.get("inputs"), "name")).containsExactly("shop.public.orders");
        JsonNode orders = call("GET", "/api/v1/namespaces/" + enc("postgres://shop-db:5432")
                + "/datasets/shop.public.orders", null, 200);
        assertThat(orders.at("/binding/source").asText()).isEqualTo("EXPLICIT");
        assertThat(field(orders.get("consumers"), "name")).containsExactly("orders_daily.load_orders_daily");

        String topic = "payments-" + UUID.randomUUID().toString().substring(0, 8);
        register(topic + "-value", "{\"type\":\"record\",\"name\":\"Payment\",\"fields\":["
                + "{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"amount\",\"type\":\"double\"}]}");
        UUID kafkaRun = UUID.randomUUID();
        // after the registration: a run is checked against the contract version current at its event time
        Instant started = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        Instant completed = started.plusSeconds(5);
        String kafka = Events.dataset("kafka://broker:9092", topic, "id:long", "amount:string");
        call("POST", "/api/v1/lineage", Events.run("START", kafkaRun, "spark", "payments-enricher", "SPARK",
                started.toString(), List.of(kafka), List.of()), 201);
        call("POST", "/api/v1/lineage", Events.run("COMPLETE", kafkaRun, "spark", "payments-enricher", "SPARK",
                completed.toString(), List.of(kafka), List.of()), 201);
        JsonNode topicView = call("GET", "/api/v1/namespaces/" + enc("kafka://broker:9092") + "/datasets/" + topic,
                null, 200);
        assertThat(topicView.at("/binding/subject").asText()).isEqualTo(topic + "-value");
        assertThat(topicView.at("/latestRuns/0/contractVersion").asInt()).isEqualTo(1);
        List<String> drift = new ArrayList<>();
        topicView.get("drift").forEach(d -> drift.add(d.get("kind").asText() + " " + d.get("fieldPath").asText()));
        assertThat(drift).containsExactly("TYPE_MISMATCH amount");
        assertThat(topicView.at("/drift/0/runId").asText()).isEqualTo(kafkaRun.toString());
        JsonNode topicGraph = call("GET", "/api/v1/lineage?nodeId=" + enc("dataset:kafka://broker:9092:" + topic)
                + "&depth=1", null, 200).get("graph");
        JsonNode topicNode = node(topicGraph, "dataset:kafka://broker:9092:" + topic);
        assertThat(topicNode.at("/data/contractVersion").asInt()).isEqualTo(1);
        assertThat(topicNode.at("/data/drift")).hasSize(1);
        assertThat(call("GET", "/api/v1/jobs/runs/" + kafkaRun, null, 200).get("state").asText())
                .isEqualTo("COMPLETE");

        JsonNode consumers = call("GET", "/api/v1/contracts/subjects/" + topic + "-value/consumers", null, 200);
        assertThat(consumers.at("/consumers/0/drift/0/kind").asText()).isEqualTo("TYPE_MISMATCH");
        assertThat(consumers.at("/consumers/0/drift/0/fieldPath").asText()).isEqualTo("amount");
        ((com.fasterxml.jackson.databind.node.ObjectNode) consumers.get("consumers").get(0)).remove("drift");
        assertThat(consumers.toString()).isEqualTo("{\"subject\":\"" + topic + "-value\",\"datasets\":[{\"namespace\":"
                + "\"kafka://broker:9092\",\"name\":\"" + topic + "\"}],\"consumers\":[{\"namespace\":\"spark\","
                + "\"name\":\"payments-enricher\",\"integration\":\"SPARK\",\"dataset\":{\"namespace\":"
                + "\"kafka://broker:9092\",\"name\":\"" + topic + "\"},\"lastRunId\":\"" + kafkaRun + "\","
                + "\"lastRunAt\":\"" + completed + "\",\"contractVersion\":1,\"owners\":[],\"ownerSources\":[]}]}");
        JsonNode tableConsumers = call("GET", "/api/v1/contracts/subjects/orders-contract-value/consumers", null, 200);
        assertThat(field(tableConsumers.get("consumers"), "name"))
                .containsExactly("orders_daily.load_orders_daily");

        // a late duplicate START hits the run upsert's conflict branch and must not reopen the completed run
        call("POST", "/api/v1/lineage", Events.run("START", kafkaRun, "spark", "payments-enricher", "SPARK",
                started.toString(), List.of(kafka), List.of()), 201);
        assertThat(call("GET", "/api/v1/jobs/runs/" + kafkaRun, null, 200).get("state").asText())
                .isEqualTo("COMPLETE");
        // ... nor move the consumer's latest run time backwards
        assertThat(call("GET", "/api/v1/contracts/subjects/" + topic + "-value/consumers", null, 200)
                .at("/consumers/0/lastRunAt").asText()).isEqualTo(completed.toString());
    }

    @Test
    void anInvalidEventGets4xxAndStoresNothing() throws Exception {
        String namespace = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        String noJobName = "{\"eventType\":\"START\",\"eventTime\":\"2026-11-25T10:00:00Z\",\"producer\":\"p\","
                + "\"run\":{\"runId\":\"" + UUID.randomUUID() + "\"},\"job\":{\"namespace\":\"" + namespace + "\"},"
                + "\"outputs\":[" + Events.dataset(namespace, "t", "id:int") + "]}";
        HttpResponse<String> response = PackagedRegistry.send("POST", app.registry().url() + "/api/v1/lineage", JSON,
                noJobName);
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(MAPPER.readTree(response.body()).get("message").asText()).isNotBlank();
        assertThat(call("GET", "/api/v1/namespaces/" + namespace + "/jobs", null, 200).get("jobs")).isEmpty();
        assertThat(call("GET", "/api/v1/namespaces/" + namespace + "/datasets", null, 200).get("datasets")).isEmpty();
        assertThat(field(call("GET", "/api/v1/namespaces", null, 200).get("namespaces"), "name"))
                .doesNotContain(namespace);
    }

    private void register(String subject, String avro) throws Exception {
        HttpResponse<String> response = PackagedRegistry.send("POST", app.registry().url() + "/subjects/" + subject
                + "/versions", "application/vnd.schemaregistry.v1+json",
                MAPPER.createObjectNode().put("schema", avro).toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static final Pattern EVENT_TIME = Pattern.compile("\"eventTime\": *\"([^\"]+)\"");

    private static Instant earliestEventTime(List<String> events) {
        return events.stream().flatMap(e -> EVENT_TIME.matcher(e).results())
                .map(m -> OffsetDateTime.parse(m.group(1)).toInstant()).min(Instant::compareTo).orElseThrow();
    }

    /** The event with its eventTime moved by {@code shift}. */
    private static String shifted(String event, Duration shift) {
        return EVENT_TIME.matcher(event).replaceAll(m -> Matcher.quoteReplacement("\"eventTime\": \""
                + OffsetDateTime.parse(m.group(1)).plus(shift).toString() + "\""));
    }

    private JsonNode call(String method, String path, String body, int status) throws Exception {
        HttpResponse<String> response = PackagedRegistry.send(method, app.registry().url() + path,
                body == null ? null : JSON, body);
        assertThat(response.statusCode()).as(method + " " + path + " -> " + response.body()).isEqualTo(status);
        return MAPPER.readTree(response.body());
    }

    private static List<String> ids(JsonNode graph) {
        List<String> ids = new ArrayList<>();
        graph.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    /** The given field of each element of an array (not of nested objects). */
    private static List<String> field(JsonNode array, String name) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.get(name).asText()));
        return values;
    }

    private static JsonNode node(JsonNode graph, String id) {
        for (JsonNode n : graph) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError(id + " not in " + ids(graph));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
