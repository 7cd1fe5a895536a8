package org.contractregistry.registry.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.contractregistry.registry.store.TestDatabases.PgDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two or three packaged instances on one PostgreSQL database under mixed writes, one killed with SIGKILL: the others
 * keep answering every request (no failure on them), and afterwards every acknowledged write on any instance is there
 * with its id, no two contents share an id, and the killed instance's cut-off requests, sent again to a survivor, are
 * stored once; the audit log's hash chain is intact and holds an entry for every acknowledged write.
 */
class InstanceKilledOnPostgresIT {
    private static final int WRITERS_PER_INSTANCE = 3;

    @ParameterizedTest(name = "{0} instances")
    @ValueSource(ints = {2, 3})
    void theOthersKeepServingWhenOneIsKilled(int count) throws Exception {
        List<PackagedRegistry> instances = new ArrayList<>();
        try (PgDatabase database = TestDatabases.postgres()) {
            try {
                for (int i = 0; i < count; i++) {
                    instances.add(PackagedRegistry.start(database, "killed-of-" + count + "-" + i));
                }
                for (PackagedRegistry instance : instances) {
                    instance.awaitReady();
                }
                WriteLedger survivors = new WriteLedger();
                WriteLedger victim = new WriteLedger();
                AtomicBoolean running = new AtomicBoolean(true);
                ExecutorService writers = Executors.newFixedThreadPool(count * WRITERS_PER_INSTANCE);
                for (int i = 0; i < count; i++) {
                    WriteLedger ledger = i == 0 ? victim : survivors;
                    String url = instances.get(i).url();
                    for (int w = 0; w < WRITERS_PER_INSTANCE; w++) {
                        String writer = "of" + count + "-i" + i + "w" + w;
                        writers.submit(() -> ledger.mixedWrites(url, writer, running, false));
                    }
                }
                Thread.sleep(2_000);
                int before = survivors.registered.size();
                instances.get(0).kill();
                Thread.sleep(2_000);
                running.set(false);
                writers.shutdown();
                assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).as("writers stopped").isTrue();

                assertThat(survivors.failures).as("failures on the surviving instances").isEmpty();
                assertThat(survivors.unanswered).as("requests the survivors left unanswered").isEmpty();
                assertThat(survivors.registered.size()).as("registrations after the kill").isGreaterThan(before);
                assertThat(victim.failures).as("answers of the killed instance before its death").isEmpty();
                survivors.addAll(victim);
                survivors.check(instances.get(1).url());
                survivors.checkAuditChain(instances.get(1).url());
            } finally {
                for (PackagedRegistry instance : instances) {
                    instance.close();
                }
            }
        }
    }
}
