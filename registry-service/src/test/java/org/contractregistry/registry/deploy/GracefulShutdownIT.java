package org.contractregistry.registry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.contractregistry.registry.store.PackagedRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to the packaged service under write load: readiness turns DOWN at once while requests are still served for
 * the shutdown delay (no reset, no refusal), then in-flight requests finish and the process exits within the drain;
 * after a restart on the same store every acknowledged registration is there.
 */
class GracefulShutdownIT {
    private static final long DELAY_MILLIS = 3000;
    private static final long TIMEOUT_MILLIS = 10_000;
    private static final int WRITERS = 6;
    private static final String SCHEMA_JSON = "application/vnd.schemaregistry.v1+json";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    /** One request of the load: when it was sent, and its status or the failure. */
    private record Outcome(String subject, long sentAt, int status, int id, String failure) {}

    @Test
    void sigtermReportsNotReadyFirstDrainsAndLosesNoAcknowledgedWrite() throws Exception {
        Map<String, String> store = Map.of("REGISTRY_DB_KIND", "h2", "REGISTRY_H2_URL",
                "jdbc:h2:file:" + work.resolve("registry") + ";DB_CLOSE_ON_EXIT=FALSE",
                "REGISTRY_SHUTDOWN_DELAY", DELAY_MILLIS + "ms", "REGISTRY_SHUTDOWN_TIMEOUT", TIMEOUT_MILLIS + "ms");
        PackagedRegistry registry = PackagedRegistry.start(store, List.of(), "graceful-shutdown").awaitReady();
        Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicLong notReadyAt = new AtomicLong();
        ExecutorService load = Executors.newFixedThreadPool(WRITERS + 1);
        long start = System.nanoTime();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            load.submit(() -> write(registry, writer, outcomes));
        }
        load.submit(() -> watchReadiness(registry, notReadyAt));
        Thread.sleep(1500);
        long terminatedAt = System.nanoTime();
        registry.terminate();
        boolean exited = registry.awaitExit(Duration.ofMillis(DELAY_MILLIS + TIMEOUT_MILLIS + 10_000));
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(registry.log());
        assertThat(exited).as("exited within the drain: " + log).isTrue();

        assertThat(notReadyAt.get()).as("readiness reported DOWN before the exit").isPositive();
        assertThat(Duration.ofNanos(notReadyAt.get() - terminatedAt)).as("from SIGTERM to not ready")
                .isLessThan(Duration.ofMillis(1500));
        long drainStarts = terminatedAt + TimeUnit.MILLISECONDS.toNanos(DELAY_MILLIS) - TimeUnit.MILLISECONDS
                .toNanos(300);
        List<Outcome> beforeDrain = outcomes.stream().filter(o -> o.sentAt() < drainStarts).toList();
        List<Outcome> duringDelay = beforeDrain.stream().filter(o -> o.sentAt() > terminatedAt).toList();
        assertThat(duringDelay).as("requests sent while not ready but still serving").hasSizeGreaterThan(10);
        assertThat(beforeDrain).as("no reset or refusal before the drain")
                .allSatisfy(o -> assertThat(o.status()).as(o.toString()).isEqualTo(200));
        assertThat(outcomes).as("after the delay: served, 503, or refused once the listener closed")
                .allSatisfy(o -> assertThat(o.status() == 200 || o.status() == 503 || o.failure() != null).isTrue());

        List<Outcome> acknowledged = outcomes.stream().filter(o -> o.status() == 200).toList();
        assertThat(acknowledged).hasSizeGreaterThan(20);
        PackagedRegistry restarted = PackagedRegistry.start(Map.of("REGISTRY_DB_KIND", "h2", "REGISTRY_H2_URL",
                store.get("REGISTRY_H2_URL")), List.of(), "graceful-shutdown-restart").awaitReady();
        try {
            for (Outcome write : acknowledged) {
                HttpResponse<String> found = PackagedRegistry.send("GET", restarted.url() + "/subjects/"
                        + write.subject() + "/versions/1", null, null);
                assertThat(found.statusCode()).as(write + " after restart: " + found.body()).isEqualTo(200);
                assertThat(found.body()).contains("\"id\":" + write.id() + ",");
            }
        } finally {
            restarted.close();
        }
        System.out.printf("[graceful-shutdown] %d acknowledged, %d sent after SIGTERM, not ready after %d ms,"
                + " run %d ms%n", acknowledged.size(), outcomes.stream().filter(o -> o.sentAt() > terminatedAt).count(),
                TimeUnit.NANOSECONDS.toMillis(notReadyAt.get() - terminatedAt),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** Registers new subjects one after another until the service stops answering. */
    private static void write(PackagedRegistry registry, int writer, Queue<Outcome> outcomes) {
        for (int i = 0; ; i++) {
            String subject = "drain-" + writer + "-" + i;
            String body = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"R" + writer + "x" + i
                    + "\\\",\\\"fields\\\":[{\\\"name\\\":\\\"f\\\",\\\"type\\\":\\\"long\\\"}]}\"}";
            long sentAt = System.nanoTime();
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(registry.url()
                        + "/subjects/" + subject + "/versions")).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", SCHEMA_JSON).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                int id = response.statusCode() == 200 ? Integer.parseInt(response.body()
                        .replaceAll("(?s).*\"id\":(\\d+).*", "$1")) : -1;
                outcomes.add(new Outcome(subject, sentAt, response.statusCode(), id, null));
            } catch (IOException e) {
                outcomes.add(new Outcome(subject, sentAt, -1, -1, e.toString()));
                return; // the listener is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Polls readiness every 50 ms and records the first time it is not UP. */
    private static void watchReadiness(PackagedRegistry registry, AtomicLong notReadyAt) {
        while (notReadyAt.get() == 0) {
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(registry.url()
                        + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() != 200) {
                    notReadyAt.compareAndSet(0, System.nanoTime());
                }
                Thread.sleep(50);
            } catch (IOException e) {
                return; // gone before it reported not ready: the assertion on notReadyAt fails
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
