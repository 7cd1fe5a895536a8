package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.audit.AuditEntry;
import org.contractregistry.registry.domain.audit.AuditEvent;
import org.contractregistry.registry.domain.audit.AuditFilter;
import org.contractregistry.registry.domain.audit.AuditLog;
import org.contractregistry.registry.domain.audit.ChainVerdict;
import org.contractregistry.registry.domain.audit.ChainVerdict.Kind;
import org.contractregistry.registry.domain.audit.Unsealed;
import org.contractregistry.registry.store.JdbcAuditTrail;
import org.contractregistry.registry.store.TestDatabases;
import org.contractregistry.registry.store.TestDatabases.PgDatabase;
import org.junit.jupiter.api.Test;

/**
 * Entries are appended unsealed in their write's transaction and sealed into the chain after the commit: an entry
 * committed but never sealed (the instance stopped in between) is sealed by the sweeper, by verification or by the
 * next start; entries committed out of their insert order are sealed in commit order; a sealed entry edited later is
 * named by verification as before. On H2 and on PostgreSQL.
 */
class AuditSealingTest {
    private static final Caller ALICE = new Caller("alice", Caller.Kind.USER, "orders", Set.of(), "r1", "10.0.0.1");
    private static final Caller BOB = new Caller("bob", Caller.Kind.USER, "orders", Set.of(), "r2", "10.0.0.2");

    @Test
    void crashBetweenCommitAndSealLosesNothingOnH2() throws SQLException {
        crashBetweenCommitAndSealLosesNothing(TestDatabases.h2());
    }

    @Test
    void crashBetweenCommitAndSealLosesNothingOnPostgres() throws SQLException {
        try (PgDatabase database = TestDatabases.postgres()) {
            TestDatabases.migrate(database.dataSource());
            crashBetweenCommitAndSealLosesNothing(database.dataSource());
        }
    }

    @Test
    void entriesCommittedOutOfInsertOrderAreSealedInCommitOrderOnH2() throws SQLException {
        outOfOrderCommits(TestDatabases.h2());
    }

    @Test
    void entriesCommittedOutOfInsertOrderAreSealedInCommitOrderOnPostgres() throws SQLException {
        try (PgDatabase database = TestDatabases.postgres()) {
            TestDatabases.migrate(database.dataSource());
            outOfOrderCommits(database.dataSource());
        }
    }

    @Test
    void theSealerThreadSealsTheCommitsOfItsWindowTogetherOnH2() throws Exception {
        sealerThreadSealsAWindow(TestDatabases.h2());
    }

    @Test
    void theSealerThreadSealsTheCommitsOfItsWindowTogetherOnPostgres() throws Exception {
        try (PgDatabase database = TestDatabases.postgres()) {
            TestDatabases.migrate(database.dataSource());
            sealerThreadSealsAWindow(database.dataSource());
        }
    }

    /**
     * With a seal delay, writers are answered before their entries are sealed: this instance's sealer thread seals
     * every entry committed in the window, with no sweeper, page read or verification to help.
     */
    private void sealerThreadSealsAWindow(DataSource dataSource) throws Exception {
        JdbcAuditTrail trail = new JdbcAuditTrail(Clock.systemUTC(), Duration.ofSeconds(2));
        for (int i = 0; i < 5; i++) {
            committedUnsealed(dataSource, trail, ALICE, AuditEvent.of("mode.update", "s" + i));
            trail.committed(dataSource); // what JdbcTransactions calls after each commit
        }
        assertThat(trail.unsealed(dataSource).count()).as("answered before the seal").isEqualTo(5);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (trail.unsealed(dataSource).count() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(trail.unsealed(dataSource)).isEqualTo(Unsealed.NONE);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM audit_log")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(5);
        }
        assertThat(new AuditLog(dataSource, trail).verify()).isEqualTo(new ChainVerdict(true, 5, null));
    }

    private void crashBetweenCommitAndSealLosesNothing(DataSource dataSource) throws SQLException {
        JdbcAuditTrail trail = new JdbcAuditTrail(Clock.systemUTC());
        AuditLog log = new AuditLog(dataSource, trail);
        Registry registry = Registry.audited(dataSource, new MutableClock(1_000), () -> ALICE);
        registry.registrations().register(QualifiedSubject.parse("s1"), SchemaDraft.of(RegistrationServiceTest.V1,
                null), false, false);
        assertThat(trail.unsealed(dataSource)).isEqualTo(Unsealed.NONE);

        // Two writes commit their entries, then the instance stops before sealing them (append without committed()).
        committedUnsealed(dataSource, trail, ALICE, AuditEvent.of("mode.update", "s1"));
        committedUnsealed(dataSource, trail, BOB, AuditEvent.of("config.update", "s2"));
        Unsealed waiting = trail.unsealed(dataSource);
        assertThat(waiting.count()).isEqualTo(2);
        assertThat(waiting.oldestAgeMillis()).isGreaterThanOrEqualTo(0);
        // Reading a page seals what waits first, so it shows every committed change.
        assertThat(entries(log)).hasSize(3);
        assertThat(trail.unsealed(dataSource)).isEqualTo(Unsealed.NONE);

        // The sweeper (or a start) alone seals what waits; verification then counts every entry.
        committedUnsealed(dataSource, trail, BOB, AuditEvent.of("config.update", "s3"));
        assertThat(trail.sweep(dataSource)).isEqualTo(1);
        assertThat(trail.unsealed(dataSource)).isEqualTo(Unsealed.NONE);
        assertThat(trail.sweep(dataSource)).isZero();
        assertThat(log.verify()).isEqualTo(new ChainVerdict(true, 4, null));
        assertThat(entries(log)).extracting(AuditEntry::operation)
                .containsExactly("schema.register", "mode.update", "config.update", "config.update");

        // Verification seals what waits before it walks.
        committedUnsealed(dataSource, trail, ALICE, AuditEvent.of("mode.delete", "s1"));
        assertThat(log.verify()).isEqualTo(new ChainVerdict(true, 5, null));

        // A sealed entry edited afterwards is named, as before.
        sql(dataSource, "UPDATE audit_log SET principal = 'mallory' WHERE seq = 4");
        ChainVerdict verdict = log.verify();
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.problem().kind()).isEqualTo(Kind.EDITED);
        assertThat(verdict.problem().seq()).isEqualTo(4);
    }

    private void outOfOrderCommits(DataSource dataSource) throws SQLException {
        JdbcAuditTrail trail = new JdbcAuditTrail(Clock.systemUTC());
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            trail.append(first, ALICE, AuditEvent.of("mode.update", "first-inserted"));
            // A later insert commits and is sealed while the first is still open: it goes first in the chain.
            committedUnsealed(dataSource, trail, BOB, AuditEvent.of("mode.update", "second-inserted"));
            assertThat(trail.seal(dataSource)).isEqualTo(1);
            first.commit();
        }
        assertThat(trail.seal(dataSource)).isEqualTo(1);
        AuditLog log = new AuditLog(dataSource, trail);
        assertThat(log.verify()).isEqualTo(new ChainVerdict(true, 2, null));
        assertThat(entries(log)).extracting(AuditEntry::target).containsExactly("second-inserted", "first-inserted");
    }

    /** An entry committed in a transaction of its own and not sealed: as if the instance stopped right after. */
    private static void committedUnsealed(DataSource dataSource, JdbcAuditTrail trail, Caller caller,
            AuditEvent event) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            trail.append(connection, caller, event);
            connection.commit();
        }
    }

    private static List<AuditEntry> entries(AuditLog log) {
        List<AuditEntry> all = new ArrayList<>();
        log.export(AuditFilter.all(), all::add);
        return all;
    }

    private static void sql(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
