package org.contractregistry.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.contractregistry.registry.store.TestDatabases.PgDatabase;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged means durable: eight writers register, delete, configure, set modes and post lineage events against the
 * packaged app while it is killed with SIGKILL at random moments (three times), each time restarted on the same store.
 * Afterwards every acknowledged write is there (registrations with the same id and version), no two contents share an
 * id, every request, acknowledged or cut off by the kill, gets the same answer when sent again, and the audit log's
 * hash chain is intact with an entry for every acknowledged write. On embedded H2 (the default store's URL:
 * WRITE_DELAY=0) and on PostgreSQL.
 */
class CrashRecoveryIT {
    private static final int WRITERS = 8;
    private static final int CRASHES = 3;

    @Test
    void everyAcknowledgedWriteSurvivesSigkillOnH2() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "crash-h2-" + UUID.randomUUID())).toAbsolutePath();
        crashAndCheck(Map.of("REGISTRY_DB_KIND", "h2",
                "REGISTRY_H2_URL", "jdbc:h2:file:" + dir.resolve("registry") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"), "crash-h2");
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkillOnPostgres() throws Exception {
        try (PgDatabase database = TestDatabases.postgres()) {
            crashAndCheck(Map.of("REGISTRY_DB_URL", database.jdbcUrl(), "REGISTRY_DB_USER", TestDatabases.PG_USER),
                    "crash-pg");
        }
    }

    private void crashAndCheck(Map<String, String> store, String logName) throws Exception {
        WriteLedger ledger = new WriteLedger();
        for (int crash = 1; crash <= CRASHES; crash++) {
            PackagedRegistry app = PackagedRegistry.start(store, List.of(), logName + "-" + crash).awaitReady();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                String writer = "c" + crash + "w" + w;
                writers.submit(() -> ledger.mixedWrites(app.url(), writer, running, false));
            }
            int before = ledger.registered.size();
            long busy = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (ledger.registered.size() < before + WRITERS && System.nanoTime() < busy) {
                Thread.sleep(50); // the writers are under way (a cold JVM answers its first requests slowly)
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(200, 2_000));
            app.kill();
            running.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(90, TimeUnit.SECONDS)).as("writers stopped").isTrue();
        }
        assertThat(ledger.failures).as("answers other than 2xx or a cut connection").isEmpty();
        assertThat(ledger.registered).as("registrations acknowledged before the kills").hasSizeGreaterThan(CRASHES);

        PackagedRegistry app = PackagedRegistry.start(store, List.of(), logName + "-after").awaitReady();
        try {
            ledger.check(app.url());
            ledger.checkAuditChain(app.url());
        } finally {
            app.close();
        }
    }
}
