package org.contractregistry.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The packaged app on PostgreSQL after the server closed every pooled connection (a database restart, a failover, an
 * administrator): no request fails for it; each runs again on a fresh connection.
 */
class BrokenConnectionsIT {
    private static final String JSON = "application/vnd.schemaregistry.v1+json";

    @RegisterExtension
    final PackagedOnPostgres app = new PackagedOnPostgres("broken-connections");

    @Test
    void requestsAfterTheDatabaseClosedEveryConnectionSucceed() throws Exception {
        assertThat(send("POST", "/subjects/before/versions", body(1)).statusCode()).isEqualTo(200);
        fillThePool();
        assertThat(app.database().terminateSessions()).as("pooled sessions closed by the server").isGreaterThan(1);

        for (int i = 0; i < 12; i++) {
            HttpResponse<String> subjects = send("GET", "/subjects", null);
            assertThat(subjects.statusCode()).as("GET /subjects #" + i + ": " + subjects.body()).isEqualTo(200);
        }
        HttpResponse<String> registered = send("POST", "/subjects/after/versions", body(2));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(send("GET", "/subjects", null).body()).isEqualTo("[\"after\",\"before\"]");
    }

    /**
     * The server ends the sessions again and again while eight writers register, delete, configure and post lineage
     * events (so transactions are cut in the middle): each request is answered 2xx or 5xx, and afterwards every
     * acknowledged write is there, nothing is half-written, and every refused request sent again is stored once.
     */
    @Test
    void sessionsEndedMidTransactionLoseNothingAcknowledged() throws Exception {
        WriteLedger ledger = new WriteLedger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(8);
        for (int w = 0; w < 8; w++) {
            String writer = "terminated-w" + w;
            writers.submit(() -> ledger.mixedWrites(app.registry().url(), writer, running, true));
        }
        int terminated = 0;
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4); System.nanoTime() < end; ) {
            terminated += app.database().terminateSessions();
            Thread.sleep(ThreadLocalRandom.current().nextInt(20, 120));
        }
        running.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).as("writers stopped").isTrue();

        assertThat(terminated).as("sessions ended by the server").isGreaterThan(1);
        assertThat(ledger.failures).as("answers other than 2xx or 5xx").isEmpty();
        assertThat(ledger.registered).as("writes acknowledged").isNotEmpty();
        ledger.check(app.registry().url());
    }

    /** Concurrent reads, so that the pool holds several open connections. */
    private void fillThePool() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(pool.submit(() -> send("GET", "/subjects", null)));
            }
            for (Future<HttpResponse<String>> call : calls) {
                assertThat(call.get().statusCode()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return PackagedRegistry.send(method, app.registry().url() + path, body == null ? null : JSON, body);
    }

    private static String body(int n) {
        return "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"R" + n
                + "\\\",\\\"fields\\\":[{\\\"name\\\":\\\"f\\\",\\\"type\\\":\\\"int\\\"}]}\"}";
    }
}
