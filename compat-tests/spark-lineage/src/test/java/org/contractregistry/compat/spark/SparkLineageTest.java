package org.contractregistry.compat.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real Spark jobs (local[1], openlineage-spark listener, HTTP transport) report to the packaged registry: the first
 * reads a CSV file and writes Parquet, the second reads that Parquet and writes another Parquet dataset that is bound
 * to a contract it breaks on purpose (amount written as a string, currency left out).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkLineageTest {
    private static final String SUBJECT = "enriched-orders-value";
    private static final String CONTRACT = """
            {"type":"record","name":"EnrichedOrder","namespace":"shop","fields":[
              {"name":"id","type":"long"},
              {"name":"customer","type":"string"},
              {"name":"amount","type":"double"},
              {"name":"currency","type":"string"}]}""";

    @TempDir
    static Path work;

    private RegistryProcess registry;
    private String csv;
    private String parquet;
    private String enriched;

    @BeforeAll
    void runBothJobs() throws Exception {
        Path jar = Path.of(System.getProperty("registry.jar", "../../registry-service/target/quarkus-app/quarkus-run.jar"));
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.exists(jar)) {
            String why = "packaged registry-service not found at " + jar
                    + "; build it first: mvn -B -pl compat-tests/spark-lineage -am verify";
            if (ci) {
                throw new IllegalStateException(why);
            }
            assumeTrue(false, why);
        }
        registry = RegistryProcess.start(jar, work, Map.of());

        csv = work.resolve("orders.csv").toAbsolutePath().toString();
        parquet = work.resolve("orders_parquet").toAbsolutePath().toString();
        enriched = work.resolve("enriched_orders").toAbsolutePath().toString();
        Files.writeString(Path.of(csv), "id,customer,amount\n1,ada,12.5\n2,grace,99.0\n3,alan,7.25\n");

        Http.send("POST", registry.uri("/subjects/" + SUBJECT + "/versions"),
                "application/vnd.schemaregistry.v1+json", Map.of("schema", CONTRACT));
        Http.send("PUT", registry.uri("/api/v1/lineage/bindings"), "application/json",
                Map.of("namespace", "file", "name", enriched, "subject", SUBJECT));

        SparkSession spark = SparkSession.builder()
                .appName("orders_pipeline")
                .master("local[1]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.warehouse.dir", work.resolve("warehouse").toString())
                .config("spark.extraListeners", "io.openlineage.spark.agent.OpenLineageSparkListener")
                .config("spark.openlineage.transport.type", "http")
                .config("spark.openlineage.transport.url", registry.uri("").toString())
                .config("spark.openlineage.transport.endpoint", "/api/v1/lineage")
                .config("spark.openlineage.namespace", "spark-compat")
                .getOrCreate();
        try {
            spark.read().option("header", "true").schema("id LONG, customer STRING, amount DOUBLE").csv(csv)
                    .write().mode("overwrite").parquet(parquet);
            spark.read().parquet(parquet).selectExpr("id", "customer", "CAST(amount AS STRING) AS amount")
                    .write().mode("overwrite").parquet(enriched);
        } finally {
            spark.stop();
        }
    }

    @AfterAll
    void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    private JsonNode awaitGraph(String nodeId, int jobs) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode graph;
        do {
            graph = Http.get(registry.uri("/api/v1/lineage?depth=5&nodeId=" + Http.encode(nodeId))).get("graph");
            if (count(graph, "JOB") >= jobs) {
                return graph;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("graph never reached " + jobs + " jobs: " + graph + "\n" + registry.logTail());
    }

    private static long count(JsonNode graph, String type) {
        List<JsonNode> nodes = new ArrayList<>();
        graph.forEach(nodes::add);
        return nodes.stream().filter(n -> type.equals(n.get("type").asText())).count();
    }

    private static JsonNode node(JsonNode graph, String id) {
        for (JsonNode node : graph) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no node " + id + " in " + graph);
    }

    private static Set<String> ends(JsonNode edges, String field) {
        Set<String> out = new TreeSet<>();
        edges.forEach(e -> out.add(e.get(field).asText()));
        return out;
    }

    @Test
    void graphLinksCsvThroughBothJobsToTheEnrichedDataset() throws Exception {
        JsonNode graph = awaitGraph("dataset:file:" + parquet, 2);
        JsonNode middle = node(graph, "dataset:file:" + parquet);
        Set<String> writers = ends(middle.get("inEdges"), "origin");
        Set<String> readers = ends(middle.get("outEdges"), "destination");
        assertThat(writers).hasSize(1);
        // Spark may also report its own helper jobs reading the Parquet footers (map_partitions_parallel_collection).
        assertThat(readers).anyMatch(id -> id.endsWith("_enriched_orders"));

        JsonNode firstJob = node(graph, writers.iterator().next());
        assertThat(ends(firstJob.get("inEdges"), "origin")).contains("dataset:file:" + csv);
        JsonNode secondJob = node(graph, readers.stream().filter(id -> id.endsWith("_enriched_orders")).findFirst()
                .orElseThrow());
        assertThat(ends(secondJob.get("outEdges"), "destination")).containsExactly("dataset:file:" + enriched);
        assertThat(ends(node(graph, "dataset:file:" + enriched).get("inEdges"), "origin"))
                .containsExactly(secondJob.get("id").asText());
        assertThat(secondJob.at("/data/integration").asText()).isEqualTo("SPARK");
        assertThat(secondJob.at("/data/parent").asText()).isEqualTo("job:spark-compat:orders_pipeline");
        assertThat(firstJob.get("id").asText()).startsWith("job:spark-compat:");
    }

    @Test
    void schemaFacetsBindingAndDriftAreOnTheDatasets() throws Exception {
        awaitGraph("dataset:file:" + enriched, 1);
        JsonNode middle = Http.get(registry.uri("/api/v1/namespaces/file/datasets/" + Http.encode(parquet)));
        assertThat(fieldNames(middle)).containsExactly("id", "customer", "amount");

        JsonNode view = Http.get(registry.uri("/api/v1/namespaces/file/datasets/" + Http.encode(enriched)));
        assertThat(fieldNames(view)).containsExactly("id", "customer", "amount");
        assertThat(view.at("/binding/subject").asText()).isEqualTo(SUBJECT);
        assertThat(view.at("/binding/source").asText()).isEqualTo("EXPLICIT");
        assertThat(view.at("/contractVersions/0/version").asInt()).isEqualTo(1);

        Set<String> drift = new TreeSet<>();
        view.get("drift").forEach(d -> {
            assertThat(d.get("subject").asText()).isEqualTo(SUBJECT);
            assertThat(d.get("contractVersion").asInt()).isEqualTo(1);
            drift.add(d.get("kind").asText() + " " + d.get("fieldPath").asText());
        });
        assertThat(drift).containsExactly("MISSING_FIELD currency", "TYPE_MISMATCH amount");

        JsonNode node = node(awaitGraph("dataset:file:" + enriched, 1), "dataset:file:" + enriched);
        assertThat(node.at("/data/subject").asText()).isEqualTo(SUBJECT);
        assertThat(node.at("/data/drift").size()).isEqualTo(2);
    }

    private static List<String> fieldNames(JsonNode dataset) {
        List<String> names = new ArrayList<>();
        dataset.get("fields").forEach(f -> names.add(f.get("name").asText()));
        return names;
    }
}
