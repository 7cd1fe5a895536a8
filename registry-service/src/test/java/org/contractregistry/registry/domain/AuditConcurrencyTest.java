package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.audit.AuditEntry;
import org.contractregistry.registry.domain.audit.AuditFilter;
import org.contractregistry.registry.domain.audit.AuditLog;
import org.contractregistry.registry.domain.audit.ChainVerdict;
import org.contractregistry.registry.domain.audit.Unsealed;
import org.contractregistry.registry.store.JdbcAuditTrail;
import org.contractregistry.registry.store.TestDatabases;
import org.contractregistry.registry.store.TestDatabases.PgDatabase;
import org.junit.jupiter.api.Test;

/**
 * Concurrent writers on two {@link Registry} objects (two instances: separate caches, one database) append to one
 * chain: one entry per change, no seq twice, every entry sealed, and the chain verifies. Entries are appended unsealed
 * without a lock and sealed after each commit by whichever writer gets the chain head (the others skip it).
 */
class AuditConcurrencyTest {
    private static final int WRITERS = 16;
    private static final int WRITES_EACH = 6;

    @Test
    void concurrentWritersOnTwoInstancesKeepOneValidChainOnPostgres() throws Exception {
        try (PgDatabase database = TestDatabases.postgres()) {
            DataSource dataSource = database.dataSource();
            TestDatabases.migrate(dataSource);
            oneValidChain(dataSource);
        }
    }

    @Test
    void concurrentWritersKeepOneValidChainOnH2() throws Exception {
        oneValidChain(TestDatabases.h2());
    }

    private void oneValidChain(DataSource dataSource) throws Exception {
        List<Registry> instances = List.of(instance(dataSource, "one"), instance(dataSource, "two"));
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    Registry registry = instances.get(writer % 2);
                    for (int i = 0; i < WRITES_EACH; i++) {
                        // a new subject, a version of a subject every writer shares, and a config change
                        registry.registrations().register(QualifiedSubject.parse("own-" + writer + "-" + i),
                                SchemaDraft.of(RegistrationServiceTest.V1, null), false, false);
                        registry.registrations().register(QualifiedSubject.parse("shared"), SchemaDraft.of(
                                "{\"type\":\"record\",\"name\":\"R" + writer + "x" + i + "\",\"fields\":[]}", null),
                                false, true);
                        registry.settings().putConfig(QualifiedSubject.parse("own-" + writer + "-" + i),
                                Json.MAPPER.createObjectNode().put("compatibility", "NONE"));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int changes = WRITERS * WRITES_EACH * 3;
        AuditLog log = new AuditLog(dataSource, new JdbcAuditTrail(Clock.systemUTC()));
        assertThat(log.verify()).isEqualTo(new ChainVerdict(true, changes, null));
        List<AuditEntry> all = new ArrayList<>();
        log.export(AuditFilter.all(), all::add);
        assertThat(all).extracting(AuditEntry::seq).doesNotHaveDuplicates().hasSize(changes);
        assertThat(all).extracting(AuditEntry::principal).containsOnly("one", "two");
        assertThat(log.unsealed()).isEqualTo(Unsealed.NONE);
    }

    private static Registry instance(DataSource dataSource, String name) {
        Caller caller = new Caller(name, Caller.Kind.USER, null, java.util.Set.of(), null, null);
        return Registry.audited(dataSource, new MutableClock(1_000), () -> caller);
    }
}
