package org.contractregistry.registry.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.contractregistry.registry.domain.Json;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.audit.AuditChain;
import org.contractregistry.registry.domain.audit.AuditEntry;
import org.contractregistry.registry.domain.audit.AuditEvent;
import org.contractregistry.registry.domain.audit.AuditFilter;
import org.contractregistry.registry.domain.audit.ChainVerdict;
import org.contractregistry.registry.domain.audit.ChainWalk;

/** The audit_log and audit_chain_head tables (V20) over one connection; portable SQL for H2 and PostgreSQL. */
public final class AuditTable {
    private static final String COLUMNS = "seq, occurred_at, principal, principal_kind, team, operation, target,"
            + " version, schema_id, before_json, after_json, request_id, client_address, prev_hash, entry_hash";
    /** Rows a verification reads per fetch (PostgreSQL streams them inside the read's transaction). */
    private static final int FETCH = 1000;

    private final Connection connection;

    public AuditTable(Connection connection) {
        this.connection = connection;
    }

    /**
     * Appends one entry at the chain head, in the connection's transaction: locks the head row (until the
     * transaction ends, so entries from every instance form one chain), then inserts the entry and moves the head.
     */
    public AuditEntry append(Caller caller, AuditEvent event, long now) {
        long headSeq;
        String headHash;
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT seq, entry_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = lock.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("audit_chain_head has no row: migration V20 did not run");
            }
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        AuditEntry unhashed = new AuditEntry(headSeq + 1, now, caller.principal(), caller.kind().name(),
                caller.team(), event.operation(), event.target(), event.version(), event.schemaId(),
                Json.write(event.before()), Json.write(event.after()), bounded(caller.requestId()),
                bounded(caller.clientAddress()), headHash, null);
        AuditEntry entry = withHash(unhashed, AuditChain.hash(unhashed));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement head = connection.prepareStatement(
                        "UPDATE audit_chain_head SET seq = ?, entry_hash = ? WHERE id = 1")) {
            bind(insert, entry.seq(), entry.occurredAt(), entry.principal(), entry.principalKind(), entry.team(),
                    entry.operation(), entry.target(), null, null, entry.before(), entry.after(), entry.requestId(),
                    entry.clientAddress(), entry.prevHash(), entry.entryHash());
            insert.setObject(8, entry.version(), Types.INTEGER);
            insert.setObject(9, entry.schemaId(), Types.INTEGER);
            insert.executeUpdate();
            bind(head, entry.seq(), entry.entryHash());
            head.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        return entry;
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.seq(), e.occurredAt(), e.principal(), e.principalKind(), e.team(), e.operation(),
                e.target(), e.version(), e.schemaId(), e.before(), e.after(), e.requestId(), e.clientAddress(),
                e.prevHash(), hash);
    }

    /** Request ids and addresses come from the client: kept to the column's width. */
    private static String bounded(String text) {
        return text == null || text.length() <= 128 ? text : text.substring(0, 128);
    }

    /** One page of entries matching the filter, in chain order. */
    public List<AuditEntry> page(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE seq > ?");
        List<Object> args = new ArrayList<>(List.of(filter.afterSeq()));
        condition(sql, args, "target = ?", filter.target());
        condition(sql, args, "principal = ?", filter.actor());
        condition(sql, args, "operation = ?", filter.operation());
        condition(sql, args, "occurred_at >= ?", filter.from());
        condition(sql, args, "occurred_at < ?", filter.to());
        sql.append(" ORDER BY seq FETCH FIRST ").append(filter.limit()).append(" ROWS ONLY");
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            bind(statement, args.toArray());
            try (ResultSet rs = statement.executeQuery()) {
                List<AuditEntry> entries = new ArrayList<>();
                while (rs.next()) {
                    entries.add(entry(rs));
                }
                return entries;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static void condition(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            args.add(value);
        }
    }

    /**
     * Walks the whole chain ({@link ChainWalk}) and the head, in one snapshot: call inside a transaction at
     * REPEATABLE READ, so entries appended meanwhile are neither half seen nor mistaken for a tampered tail.
     */
    public ChainVerdict verify() {
        long headSeq;
        String headHash;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT seq, entry_hash FROM audit_chain_head WHERE id = 1"); ResultSet rs = head.executeQuery()) {
            headSeq = rs.next() ? rs.getLong(1) : 0;
            headHash = headSeq == 0 && rs.getRow() == 0 ? AuditChain.GENESIS : rs.getString(2);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        try (PreparedStatement all = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq")) {
            all.setFetchSize(FETCH);
            try (ResultSet rs = all.executeQuery()) {
                return ChainWalk.walk(new Rows(rs), headSeq, headHash, this::seqOfHashAfter);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Only on a broken link: a full scan is fine. */
    private Optional<Long> seqOfHashAfter(String hash, long seq) {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT MIN(seq) FROM audit_log WHERE entry_hash = ? AND seq > ?")) {
            bind(statement, hash, seq);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long found = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(found);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** A result set as an iterator of entries. */
    private static final class Rows implements Iterator<AuditEntry> {
        private final ResultSet rs;
        private Boolean hasNext;

        Rows(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public boolean hasNext() {
            if (hasNext == null) {
                try {
                    hasNext = rs.next();
                } catch (SQLException e) {
                    throw new StoreException(e);
                }
            }
            return hasNext;
        }

        @Override
        public AuditEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            try {
                return entry(rs);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), integer(rs, 8), integer(rs, 9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, args[i]);
            }
        }
    }
}
