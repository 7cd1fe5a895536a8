package org.contractregistry.registry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.contractregistry.registry.lineage.Events;
import org.contractregistry.registry.store.PackagedRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service scraped by a real Prometheus (Debian's package) on loopback: after traffic that includes an
 * incompatible registration, a drifting run and a refused event, every query of the Grafana dashboard and of the alert
 * rules returns series, and Prometheus evaluates every rule without error.
 */
class ObservabilityIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCHEMA_JSON = "application/vnd.schemaregistry.v1+json";
    private static final Path OBSERVABILITY = Tools.DEPLOY.resolve("observability");
    private static final Duration SERIES_DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path work;
    private PackagedRegistry registry;
    private Process prometheus;

    @AfterEach
    void stop() throws Exception {
        if (prometheus != null) {
            prometheus.destroy();
            prometheus.waitFor();
        }
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void everyDashboardAndAlertQueryReturnsSeriesFromARealScrape() throws Exception {
        Path binary = Tools.require("prometheus", "apt-get install -y prometheus");
        registry = PackagedRegistry.start(Map.of("REGISTRY_DB_KIND", "h2", "REGISTRY_H2_URL",
                "jdbc:h2:file:" + work.resolve("registry") + ";DB_CLOSE_ON_EXIT=FALSE"), List.of(),
                "observability-registry").awaitReady();
        String prometheusUrl = startPrometheus(binary);
        driveTraffic();

        Map<String, String> queries = new TreeMap<>();
        ObservedExpressions.dashboardQueries(OBSERVABILITY.resolve("grafana-dashboard.json"))
                .forEach((panel, expr) -> queries.put("dashboard: " + panel, expr));
        ObservedExpressions.alertQueries(OBSERVABILITY.resolve("alerts.yml"))
                .forEach((alert, expr) -> queries.put("alert: " + alert, expr));
        assertThat(queries).hasSizeGreaterThan(25);
        Map<String, String> empty = awaitSeries(prometheusUrl, queries);
        assertThat(empty).as("queries without series (see target/observability-prometheus.log)").isEmpty();

        JsonNode groups = get(prometheusUrl + "/api/v1/rules").at("/data/groups");
        assertThat(groups).isNotEmpty();
        for (JsonNode rule : groups.get(0).get("rules")) {
            assertThat(rule.get("health").asText()).as(rule.get("name") + " " + rule.path("lastError"))
                    .isEqualTo("ok");
        }
    }

    /** Prometheus on a free loopback port scraping the registry every second, with the alert rules loaded. */
    private String startPrometheus(Path binary) throws Exception {
        int port = freePort();
        String target = registry.url().replace("http://", "");
        Path config = work.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - %s
                scrape_configs:
                  - job_name: registry
                    metrics_path: /q/metrics
                    static_configs:
                      - targets: ['%s']
                """.formatted(OBSERVABILITY.resolve("alerts.yml"), target));
        Path log = Path.of("target", "observability-prometheus.log");
        prometheus = new ProcessBuilder(binary.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + work.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String url = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (PackagedRegistry.send("GET", url + "/-/ready", null, null).statusCode() == 200) {
                    return url;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            assertThat(prometheus.isAlive()).as("prometheus exited: " + Files.readString(log)).isTrue();
            Thread.sleep(200);
        }
        throw new IllegalStateException("prometheus not ready in 60 s: " + Files.readString(log));
    }

    private void driveTraffic() throws Exception {
        String subject = "orders-" + UUID.randomUUID().toString().substring(0, 8) + "-value";
        String v1 = avro("Order", "{\"name\":\"id\",\"type\":\"long\"}");
        String compatible = avro("Order", "{\"name\":\"id\",\"type\":\"long\"},"
                + "{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}");
        String breaking = avro("Order", "{\"name\":\"id\",\"type\":\"string\"}");
        int id = call("POST", "/subjects/" + subject + "/versions", v1, 200).get("id").asInt();
        call("POST", "/subjects/" + subject + "/versions", v1, 200);
        call("POST", "/subjects/" + subject + "/versions", breaking, 409);
        call("POST", "/compatibility/subjects/" + subject + "/versions/latest", compatible, 200);
        call("POST", "/compatibility/subjects/" + subject + "/versions/latest", breaking, 200);
        call("POST", "/subjects/" + subject + "/versions", compatible, 200);
        call("DELETE", "/subjects/" + subject + "/versions/2", null, 200);
        for (int i = 0; i < 50; i++) {
            call("GET", "/schemas/ids/" + id, null, 200);
            call("GET", "/subjects/" + subject + "/versions", null, 200);
        }

        String topic = "payments-" + UUID.randomUUID().toString().substring(0, 8);
        call("POST", "/subjects/" + topic + "-value/versions", avro("Payment",
                "{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"amount\",\"type\":\"double\"}"), 200);
        UUID run = UUID.randomUUID();
        Instant started = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        String drifting = Events.dataset("kafka://broker:9092", topic, "id:long", "amount:string");
        lineage(Events.run("START", run, "spark", "payments-enricher", "SPARK", started.toString(),
                List.of(drifting), List.of()), 201);
        lineage(Events.run("COMPLETE", run, "spark", "payments-enricher", "SPARK",
                started.plusSeconds(5).toString(), List.of(drifting), List.of()), 201);
        lineage("{\"eventType\":\"START\"}", 422);
        lineage("{not json", 400);
    }

    /** Queries Prometheus until each query returns series or the deadline passes; the ones still empty. */
    private Map<String, String> awaitSeries(String prometheusUrl, Map<String, String> queries) throws Exception {
        Map<String, String> empty = new TreeMap<>(queries);
        long deadline = System.nanoTime() + SERIES_DEADLINE.toNanos();
        while (!empty.isEmpty() && System.nanoTime() < deadline) {
            for (Map.Entry<String, String> query : List.copyOf(empty.entrySet())) {
                JsonNode answer = get(prometheusUrl + "/api/v1/query?query="
                        + URLEncoder.encode(query.getValue(), StandardCharsets.UTF_8));
                assertThat(answer.get("status").asText()).as(query + " " + answer).isEqualTo("success");
                if (!answer.at("/data/result").isEmpty()) {
                    empty.remove(query.getKey());
                }
            }
            Thread.sleep(1000);
        }
        return empty;
    }

    private static String avro(String name, String fields) {
        return MAPPER.createObjectNode().put("schema", "{\"type\":\"record\",\"name\":\"" + name
                + "\",\"fields\":[" + fields + "]}").toString();
    }

    private JsonNode call(String method, String path, String body, int status) throws Exception {
        HttpResponse<String> response = PackagedRegistry.send(method, registry.url() + path,
                body == null ? null : SCHEMA_JSON, body);
        assertThat(response.statusCode()).as(method + " " + path + " -> " + response.body()).isEqualTo(status);
        return MAPPER.readTree(response.body());
    }

    private void lineage(String event, int status) throws Exception {
        HttpResponse<String> response = PackagedRegistry.send("POST", registry.url() + "/api/v1/lineage",
                "application/json", event);
        assertThat(response.statusCode()).as(event + " -> " + response.body()).isEqualTo(status);
    }

    private static JsonNode get(String url) throws Exception {
        return MAPPER.readTree(PackagedRegistry.send("GET", url, null, null).body());
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
