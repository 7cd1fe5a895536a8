package org.contractregistry.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped and started again under mixed load (a private server: the machine's shared cluster is never
 * stopped). While it is down every request is answered within the configured wait with 503, error_code 50001 and a
 * message that says the database is unavailable; {@code /q/health/ready} goes DOWN and comes back UP by itself; and
 * afterwards every acknowledged write is there, and every refused one, sent again, is stored once (never half).
 */
class PostgresOutageIT {
    private static final int WRITERS = 4;
    private static final Duration UNAVAILABLE_TIMEOUT = Duration.ofSeconds(3);
    /** The configured wait plus the pool's acquisition timeout and slack for a machine under load. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(12);

    @Test
    void requestsFailFastWhileTheDatabaseIsDownAndNothingAcknowledgedIsLost() throws Exception {
        try (PrivatePostgres server = PrivatePostgres.start()) {
            try (Connection admin = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE registry");
            }
            PackagedRegistry app = PackagedRegistry.start(Map.of("REGISTRY_DB_URL", server.jdbcUrl("registry"),
                    "REGISTRY_DB_USER", "postgres", "REGISTRY_DB_UNAVAILABLE_TIMEOUT", UNAVAILABLE_TIMEOUT.toSeconds()
                    + "s", "REGISTRY_DB_ACQUISITION_TIMEOUT", "2s"), List.of(), "postgres-outage").awaitReady();
            try {
                WriteLedger ledger = new WriteLedger();
                AtomicBoolean running = new AtomicBoolean(true);
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                for (int w = 0; w < WRITERS; w++) {
                    String writer = "outage-w" + w;
                    writers.submit(() -> ledger.mixedWrites(app.url(), writer, running, true));
                }
                Thread.sleep(1_500);
                server.stopServer();

                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> refused = PackagedRegistry.send("POST", app.url()
                            + "/subjects/during-outage-" + i + "/versions", "application/vnd.schemaregistry.v1+json",
                            WriteLedger.body(WriteLedger.schema("during_outage_" + i)));
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    assertThat(took).as("answer while the database is down").isLessThan(ANSWER_WITHIN);
                    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
                    JsonNode error = WriteLedger.MAPPER.readTree(refused.body());
                    assertThat(error.get("error_code").asInt()).isBetween(50001, 50003);
                    assertThat(error.get("message").asText()).contains("database is unavailable");
                }
                awaitReadiness(app, 503);

                server.startServer();
                awaitReadiness(app, 200);
                int before = ledger.registered.size();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (ledger.registered.size() < before + WRITERS && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                running.set(false);
                writers.shutdown();
                assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).as("writers stopped").isTrue();

                assertThat(ledger.failures).as("answers other than 2xx or 5xx").isEmpty();
                assertThat(ledger.registered.size()).as("writes acknowledged after the restart").isGreaterThan(before);
                assertThat(ledger.refusals).as("refused while the database was down").isNotEmpty()
                        .allSatisfy(answer -> assertThat(answer).matches("50[03] \\{\"error_code\":5000[123],.*"));
                ledger.check(app.url());
            } finally {
                app.close();
            }
        }
    }

    /** Polls {@code /q/health/ready} until it answers {@code status} (200 UP, 503 DOWN); at most 30 s. */
    private static void awaitReadiness(PackagedRegistry app, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = PackagedRegistry.send("GET", app.url() + "/q/health/ready", null, null).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(last).as("/q/health/ready").isEqualTo(status);
    }
}
