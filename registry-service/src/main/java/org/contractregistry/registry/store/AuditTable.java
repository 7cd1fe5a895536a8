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
import org.contractregistry.registry.domain.audit.AuditChain;
import org.contractregistry.registry.domain.audit.AuditEntry;
import org.contractregistry.registry.domain.audit.AuditFilter;
import org.contractregistry.registry.domain.audit.ChainVerdict;
import org.contractregistry.registry.domain.audit.ChainWalk;

/**
 * The audit_log and audit_chain_head tables (V20) over one connection: the sealed chain, its pages and its
 * verification; portable SQL for H2 and PostgreSQL. Entries reach it through {@link AuditPending}.
 */
public final class AuditTable {
    private static final String COLUMNS = "seq, " + AuditPending.CONTENT + ", prev_hash, entry_hash";
    /** Rows a verification reads per fetch (PostgreSQL streams them inside the read's transaction). */
    private static final int FETCH = 1000;

    private final Connection connection;

    public AuditTable(Connection connection) {
        this.connection = connection;
    }

    /**
     * Inserts sealed entries at the chain head, in the connection's transaction: the caller holds the head's lock
     * ({@link AuditPending#seal}) and gives entries linked and hashed from the head on; the head moves to the last.
     */
    void appendSealed(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement head = connection.prepareStatement(
                        "UPDATE audit_chain_head SET seq = ?, entry_hash = ? WHERE id = 1")) {
            for (AuditEntry entry : entries) {
                bind(insert, entry.seq(), entry.occurredAt(), entry.principal(), entry.principalKind(), entry.team(),
                        entry.operation(), entry.target(), null, null, entry.before(), entry.after(),
                        entry.requestId(), entry.clientAddress(), entry.prevHash(), entry.entryHash());
                insert.setObject(8, entry.version(), Types.INTEGER);
                insert.setObject(9, entry.schemaId(), Types.INTEGER);
                insert.addBatch();
            }
            insert.executeBatch();
            AuditEntry last = entries.get(entries.size() - 1);
            bind(head, last.seq(), last.entryHash());
            head.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
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

    /** The chain's head as stored: the last sealed entry's seq and hash (0 and 64 zeros for none). */
    public record Head(long seq, String hash) {
    }

    Head head(boolean lock) {
        String sql = "SELECT seq, entry_hash FROM audit_chain_head WHERE id = 1"
                + (lock ? " FOR UPDATE SKIP LOCKED" : "");
        try (PreparedStatement head = connection.prepareStatement(sql); ResultSet rs = head.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Walks the whole chain ({@link ChainWalk}) and the head, in one snapshot: call inside a transaction at
     * REPEATABLE READ, so entries sealed meanwhile are neither half seen nor mistaken for a tampered tail.
     */
    public ChainVerdict verify() {
        return verifyAfter(new Head(0, AuditChain.GENESIS)).verdict();
    }

    /** A verdict, the head it was checked against and the seq the walk started after (0: the whole chain). */
    public record Walked(ChainVerdict verdict, Head head, long walkedFrom) {
    }

    /**
     * Walks the chain after a position already verified ({@code from}: an entry's seq and the hash it had then; seq 0
     * for the start) to the head, in one snapshot as {@link #verify}. Entries up to {@code from} are not read, except
     * that one, which must still be there, intact, with that hash; when it is not, the walk starts over from the
     * first entry, so the verdict names what changed.
     */
    public Walked verifyAfter(Head from) {
        Head stored = head(false);
        Head head = stored == null ? new Head(0, AuditChain.GENESIS) : stored;
        Head start = from.seq() == 0 || head.seq() >= from.seq() && stillThere(from) ? from
                : new Head(0, AuditChain.GENESIS);
        try (PreparedStatement all = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_log WHERE seq > ? ORDER BY seq")) {
            all.setLong(1, start.seq());
            all.setFetchSize(FETCH);
            try (ResultSet rs = all.executeQuery()) {
                return new Walked(ChainWalk.walk(new Rows(rs), start.seq(), start.hash(), head.seq(), head.hash(),
                        this::seqOfHashAfter), head, start.seq());
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private boolean stillThere(Head at) {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_log WHERE seq = ?")) {
            statement.setLong(1, at.seq());
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                AuditEntry entry = entry(rs);
                return entry.entryHash().equals(at.hash()) && AuditChain.intact(entry);
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

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return entry(rs, rs.getLong(1), rs.getString(14), rs.getString(15));
    }

    /**
     * An entry whose content (occurred_at ... client_address) is in columns 2 to 13, as in both audit_log and
     * audit_pending ({@link AuditPending#CONTENT} after the id), with the chain fields given.
     */
    static AuditEntry entry(ResultSet rs, long seq, String prevHash, String entryHash) throws SQLException {
        return new AuditEntry(seq, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), integer(rs, 8), integer(rs, 9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), prevHash, entryHash);
    }

    static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, args[i]);
            }
        }
    }
}
