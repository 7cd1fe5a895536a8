package org.contractregistry.registry.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.contractregistry.registry.domain.Json;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.audit.AuditChain;
import org.contractregistry.registry.domain.audit.AuditEntry;
import org.contractregistry.registry.domain.audit.AuditEvent;
import org.contractregistry.registry.domain.audit.Unsealed;
import org.contractregistry.registry.store.AuditTable.Head;

/**
 * The audit_pending table (V21) over one connection: entries appended in their write's transaction without the chain
 * head's lock, and their sealing into the chain ({@link AuditTable}) after they committed.
 */
public final class AuditPending {
    /** An entry's content columns, the same in audit_log (between seq and the hashes). */
    static final String CONTENT = "occurred_at, principal, principal_kind, team, operation, target, version,"
            + " schema_id, before_json, after_json, request_id, client_address";

    private final Connection connection;

    public AuditPending(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the entry, unsealed, in the connection's transaction: no lock is taken, so writers do not queue. */
    public void add(Caller caller, AuditEvent event, long now) {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_pending (" + CONTENT + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            AuditTable.bind(insert, now, caller.principal(), caller.kind().name(), caller.team(), event.operation(),
                    event.target(), null, null, Json.write(event.before()), Json.write(event.after()),
                    bounded(caller.requestId()), bounded(caller.clientAddress()));
            insert.setObject(7, event.version(), Types.INTEGER);
            insert.setObject(8, event.schemaId(), Types.INTEGER);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Request ids and addresses come from the client: kept to the column's width. */
    private static String bounded(String text) {
        return text == null || text.length() <= 128 ? text : text.substring(0, 128);
    }

    /**
     * Seals up to {@code max} committed pending entries, in the connection's transaction (to commit right after): takes
     * the chain head's lock unless another transaction holds it (then returns -1 at once: that sealer, or the next,
     * seals these entries), links and hashes the entries in id order after the head, inserts them into the chain,
     * deletes them here and moves the head. Returns how many it sealed.
     */
    public int seal(int max) {
        Head head = new AuditTable(connection).head(true);
        if (head == null) {
            return -1;
        }
        List<AuditEntry> sealed = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, " + CONTENT
                + " FROM audit_pending ORDER BY id FETCH FIRST " + max + " ROWS ONLY");
                ResultSet rs = select.executeQuery()) {
            long seq = head.seq();
            String prev = head.hash();
            while (rs.next()) {
                ids.add(rs.getLong(1));
                AuditEntry unhashed = AuditTable.entry(rs, ++seq, prev, null);
                prev = AuditChain.hash(unhashed);
                sealed.add(withHash(unhashed, prev));
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        new AuditTable(connection).appendSealed(sealed);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM audit_pending WHERE id = ?")) {
            for (long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            if (!ids.isEmpty()) {
                delete.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        return sealed.size();
    }

    /** Whether any committed entry waits to be sealed (a cheap look, without the lock). */
    public boolean any() {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM audit_pending FETCH FIRST 1 ROWS ONLY"); ResultSet rs = select.executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** How many committed entries wait to be sealed, and since when. */
    public Unsealed unsealed(long now) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*), MIN(occurred_at) FROM audit_pending"); ResultSet rs = select.executeQuery()) {
            rs.next();
            long count = rs.getLong(1);
            long oldest = rs.getLong(2);
            return count == 0 ? Unsealed.NONE : new Unsealed(count, Math.max(0, now - oldest));
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.seq(), e.occurredAt(), e.principal(), e.principalKind(), e.team(), e.operation(),
                e.target(), e.version(), e.schemaId(), e.before(), e.after(), e.requestId(), e.clientAddress(),
                e.prevHash(), hash);
    }
}
