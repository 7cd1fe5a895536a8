package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.audit.AuditLog;
import org.contractregistry.registry.domain.audit.ChainVerdict;
import org.contractregistry.registry.domain.audit.ChainVerdict.Kind;
import org.contractregistry.registry.store.JdbcAuditTrail;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The UI's verdict ({@link AuditLog#verifyRecent}) walks only the entries after the last position found valid, and
 * the whole chain again once the last full walk is a minute old, when the checkpoint's entry changed, or after a
 * broken verdict; so tampering is named at once after the checkpoint and within the full-walk period before it.
 */
class AuditRecentVerifyTest {
    private static final Caller ALICE = new Caller("alice", Caller.Kind.USER, null, Set.of(), null, null);
    private final DataSource dataSource = TestDatabases.h2();
    private final MutableClock clock = new MutableClock(1_000_000);
    private final Registry registry = Registry.audited(dataSource, clock, () -> ALICE);
    private final AuditLog log = new AuditLog(dataSource, new JdbcAuditTrail(clock), AccessControl.OPEN, clock,
            Duration.ofMinutes(1));

    @Test
    void walksOnlyNewEntriesUntilTheFullWalkIsDue() throws SQLException {
        register(1, 4);
        AuditLog.Recent first = log.verifyRecent();
        assertThat(first.verdict()).isEqualTo(new ChainVerdict(true, 4, null));
        assertThat(first.walkedFrom()).isZero();

        register(5, 6);
        clock.set(1_010_000);
        AuditLog.Recent second = log.verifyRecent();
        assertThat(second.verdict()).isEqualTo(new ChainVerdict(true, 6, null));
        assertThat(second.walkedFrom()).isEqualTo(4);
        assertThat(second.fullWalkAt()).isEqualTo(1_000_000);

        // An entry after the checkpoint edited: named at once.
        register(7, 7);
        sql("UPDATE audit_log SET principal = 'mallory' WHERE seq = 7");
        assertBroken(log.verifyRecent().verdict(), 7);
        sql("UPDATE audit_log SET principal = 'alice' WHERE seq = 7");
        // A broken verdict dropped the checkpoint: the next view walks the whole chain.
        AuditLog.Recent restored = log.verifyRecent();
        assertThat(restored.verdict()).isEqualTo(new ChainVerdict(true, 7, null));
        assertThat(restored.walkedFrom()).isZero();

        // An entry before the checkpoint edited: not read by the incremental walk, named by the next full walk.
        sql("UPDATE audit_log SET principal = 'mallory' WHERE seq = 2");
        clock.set(1_020_000);
        assertThat(log.verifyRecent().verdict().valid()).isTrue();
        clock.set(1_020_000 + Duration.ofMinutes(1).toMillis());
        assertBroken(log.verifyRecent().verdict(), 2);
        // verify() always walks everything.
        assertBroken(log.verify(), 2);
    }

    @Test
    void theCheckpointEntryChangedOrGoneStartsOver() throws SQLException {
        register(1, 5);
        assertThat(log.verifyRecent().verdict()).isEqualTo(new ChainVerdict(true, 5, null));
        sql("UPDATE audit_log SET principal = 'mallory' WHERE seq = 5");
        assertBroken(log.verifyRecent().verdict(), 5);
        sql("UPDATE audit_log SET principal = 'alice' WHERE seq = 5");
        assertThat(log.verifyRecent().verdict().valid()).isTrue();

        sql("DELETE FROM audit_log WHERE seq = 5");
        ChainVerdict gone = log.verifyRecent().verdict();
        assertThat(gone.valid()).isFalse();
        assertThat(gone.problem().kind()).isEqualTo(Kind.DELETED);
        assertThat(gone.problem().seq()).isEqualTo(5);
    }

    private void register(int from, int to) {
        for (int i = from; i <= to; i++) {
            registry.registrations().register(QualifiedSubject.parse("s" + i), SchemaDraft.of(
                    RegistrationServiceTest.V1, null), false, false);
        }
    }

    private static void assertBroken(ChainVerdict verdict, long seq) {
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.problem().kind()).as(verdict.problem().message()).isEqualTo(Kind.EDITED);
        assertThat(verdict.problem().seq()).as(verdict.problem().message()).isEqualTo(seq);
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
