package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.audit.AuditChain;
import org.contractregistry.registry.domain.audit.AuditEntry;
import org.contractregistry.registry.domain.audit.AuditFilter;
import org.contractregistry.registry.domain.audit.AuditLog;
import org.contractregistry.registry.domain.audit.ChainVerdict;
import org.contractregistry.registry.domain.audit.ChainVerdict.Kind;
import org.contractregistry.registry.store.JdbcAuditTrail;
import org.contractregistry.registry.store.TestDatabases;
import org.contractregistry.registry.store.TestDatabases.PgDatabase;
import org.junit.jupiter.api.Test;

/**
 * Audit rows edited, deleted, inserted and reordered by hand, in SQL, on H2 and on PostgreSQL: verification names
 * the kind and the first entry concerned each time, and the restored chain verifies again.
 */
class AuditTamperTest {
    private static final int ENTRIES = 6;

    @Test
    void tamperingIsNamedOnH2() throws SQLException {
        everyTamperingIsNamed(TestDatabases.h2());
    }

    @Test
    void tamperingIsNamedOnPostgres() throws SQLException {
        try (PgDatabase database = TestDatabases.postgres()) {
            DataSource dataSource = database.dataSource();
            TestDatabases.migrate(dataSource);
            everyTamperingIsNamed(dataSource);
        }
    }

    private void everyTamperingIsNamed(DataSource dataSource) throws SQLException {
        Caller alice = new Caller("alice", Caller.Kind.USER, "orders", java.util.Set.of(), "r", "10.0.0.1");
        Registry registry = Registry.audited(dataSource, new MutableClock(1_000), () -> alice);
        AuditLog log = new AuditLog(dataSource, new JdbcAuditTrail(Clock.systemUTC()));
        for (int i = 1; i < ENTRIES; i++) {
            registry.registrations().register(QualifiedSubject.parse("s" + i), SchemaDraft.of(
                    RegistrationServiceTest.V1, null), false, false);
        }
        registry.settings().putMode(QualifiedSubject.parse("s1"), "READONLY", false);
        assertThat(log.verify()).isEqualTo(new ChainVerdict(true, ENTRIES, null));
        sql(dataSource, "CREATE TABLE audit_backup AS SELECT * FROM audit_log",
                "CREATE TABLE head_backup AS SELECT * FROM audit_chain_head");

        // edited in place
        tampered(dataSource, log, Kind.EDITED, 3, "UPDATE audit_log SET principal = 'mallory' WHERE seq = 3");
        tampered(dataSource, log, Kind.EDITED, 2, "UPDATE audit_log SET after_json = '{}' WHERE seq = 2");
        // edited and rehashed (the next entry's link, or for the last one the head, still holds the old hash)
        tampered(dataSource, log, Kind.EDITED, 3, rehashed(dataSource, 3));
        tampered(dataSource, log, Kind.EDITED, ENTRIES, rehashed(dataSource, ENTRIES));
        // deleted: in the middle, the first, the last
        tampered(dataSource, log, Kind.DELETED, 3, "DELETE FROM audit_log WHERE seq = 3");
        tampered(dataSource, log, Kind.DELETED, 1, "DELETE FROM audit_log WHERE seq = 1");
        tampered(dataSource, log, Kind.DELETED, ENTRIES, "DELETE FROM audit_log WHERE seq = " + ENTRIES);
        // inserted: a made-up entry in the middle (the later ones moved up a place), a copy, one past the head
        tampered(dataSource, log, Kind.INSERTED, 3, "UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 3",
                "UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000",
                "INSERT INTO audit_log SELECT 3, occurred_at, 'mallory', principal_kind, team, operation, target,"
                        + " version, schema_id, before_json, after_json, request_id, client_address, '"
                        + "f".repeat(64) + "', entry_hash FROM audit_backup WHERE seq = 2");
        tampered(dataSource, log, Kind.INSERTED, 3, "UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 3",
                "UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000",
                "INSERT INTO audit_log SELECT 3, occurred_at, principal, principal_kind, team, operation, target,"
                        + " version, schema_id, before_json, after_json, request_id, client_address, prev_hash,"
                        + " entry_hash FROM audit_backup WHERE seq = 2");
        tampered(dataSource, log, Kind.INSERTED, ENTRIES + 1, forgedAfterLast(dataSource));
        // reordered: two neighbours swapped, the first moved to the end
        tampered(dataSource, log, Kind.REORDERED, 3, "UPDATE audit_log SET seq = 100 WHERE seq = 3",
                "UPDATE audit_log SET seq = 3 WHERE seq = 4", "UPDATE audit_log SET seq = 4 WHERE seq = 100");
        tampered(dataSource, log, Kind.REORDERED, 1, "UPDATE audit_log SET seq = seq + 1000",
                "UPDATE audit_log SET seq = seq - 1001 WHERE seq > 1001", "UPDATE audit_log SET seq = "
                        + ENTRIES + " WHERE seq = 1001");
    }

    /** Tampers, expects the verdict, restores the rows and expects a valid chain again. */
    private static void tampered(DataSource dataSource, AuditLog log, Kind kind, long seq, String... statements)
            throws SQLException {
        sql(dataSource, statements);
        ChainVerdict verdict = log.verify();
        assertThat(verdict.valid()).as(String.join("; ", statements)).isFalse();
        assertThat(verdict.problem().kind()).as(verdict.problem().message()).isEqualTo(kind);
        assertThat(verdict.problem().seq()).as(verdict.problem().message()).isEqualTo(seq);
        sql(dataSource, "DELETE FROM audit_log", "INSERT INTO audit_log SELECT * FROM audit_backup",
                "DELETE FROM audit_chain_head", "INSERT INTO audit_chain_head SELECT * FROM head_backup");
        assertThat(log.verify()).isEqualTo(new ChainVerdict(true, ENTRIES, null));
    }

    /** Changes an entry's principal and stores the hash of the edited content, as a careful forger would. */
    private static String rehashed(DataSource dataSource, long seq) throws SQLException {
        AuditEntry e = entry(dataSource, seq);
        AuditEntry edited = new AuditEntry(e.seq(), e.occurredAt(), "mallory", e.principalKind(), e.team(),
                e.operation(), e.target(), e.version(), e.schemaId(), e.before(), e.after(), e.requestId(),
                e.clientAddress(), e.prevHash(), null);
        return "UPDATE audit_log SET principal = 'mallory', entry_hash = '" + AuditChain.hash(edited)
                + "' WHERE seq = " + seq;
    }

    /** A well-formed entry after the last one, linked and hashed, without moving the chain head. */
    private static String forgedAfterLast(DataSource dataSource) throws SQLException {
        AuditEntry last = entry(dataSource, ENTRIES);
        AuditEntry forged = new AuditEntry(ENTRIES + 1, last.occurredAt(), "mallory", "USER", null,
                "schema.register", "s9", 1, 1, null, null, null, null, last.entryHash(), null);
        return "INSERT INTO audit_log (seq, occurred_at, principal, principal_kind, operation, target, version,"
                + " schema_id, prev_hash, entry_hash) VALUES (" + (ENTRIES + 1) + ", " + last.occurredAt()
                + ", 'mallory', 'USER', 'schema.register', 's9', 1, 1, '" + last.entryHash() + "', '"
                + AuditChain.hash(forged) + "')";
    }

    private static AuditEntry entry(DataSource dataSource, long seq) {
        return new AuditLog(dataSource, new JdbcAuditTrail(Clock.systemUTC()))
                .page(new AuditFilter(null, null, null, null, null, seq - 1, 1)).entries().get(0);
    }

    private static void sql(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
