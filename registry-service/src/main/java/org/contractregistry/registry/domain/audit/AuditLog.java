package org.contractregistry.registry.domain.audit;

import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.AccessTarget;
import org.contractregistry.registry.domain.access.Permission;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.store.AuditTable;
import org.contractregistry.registry.store.JdbcAuditTrail;
import org.contractregistry.registry.store.JdbcTransactions;
import org.contractregistry.registry.store.StoreException;

/**
 * Reading the audit log (pages, an export, the chain's verification) for the REST API and the UI alike, and
 * recording what has no write to join (login failures).
 */
public final class AuditLog {
    private final DataSource dataSource;
    private final JdbcAuditTrail trail;
    private final AccessControl access;
    private final Clock clock;
    private final Duration fullWalkEvery;
    private volatile Checkpoint checkpoint;

    public AuditLog(DataSource dataSource, JdbcAuditTrail trail) {
        this(dataSource, trail, AccessControl.OPEN);
    }

    /** {@code access}: reading the log (pages, export, verification) takes {@link Permission#READ_AUDIT}. */
    public AuditLog(DataSource dataSource, JdbcAuditTrail trail, AccessControl access) {
        this(dataSource, trail, access, Clock.systemUTC(), DEFAULT_FULL_WALK_EVERY);
    }

    /** {@code fullWalkEvery}: how old {@link #verifyRecent}'s last walk of the whole chain may be. */
    public AuditLog(DataSource dataSource, JdbcAuditTrail trail, AccessControl access, Clock clock,
            Duration fullWalkEvery) {
        this.dataSource = dataSource;
        this.trail = trail;
        this.access = access;
        this.clock = clock;
        this.fullWalkEvery = fullWalkEvery;
    }

    /** How old the UI's last walk of the whole chain may be ({@link #verifyRecent}). */
    public static final Duration DEFAULT_FULL_WALK_EVERY = Duration.ofMinutes(1);

    /** One page of entries matching the filter, in chain order, and the {@code afterSeq} of the next page. */
    public record Page(List<AuditEntry> entries, Long next) {
    }

    /** Seals what waits first (when no other sealer holds the head), so a page shows every committed change. */
    public Page page(AuditFilter filter) {
        access.require(Permission.READ_AUDIT, AccessTarget.REGISTRY);
        sealWaiting();
        List<AuditEntry> entries = JdbcTransactions.withConnection(dataSource,
                connection -> new AuditTable(connection).page(filter));
        Long next = entries.size() < filter.limit() ? null : entries.get(entries.size() - 1).seq();
        return new Page(entries, next);
    }

    /** Every entry matching the filter from its {@code afterSeq} on, page by page, in chain order. */
    public void export(AuditFilter filter, Consumer<AuditEntry> sink) {
        AuditFilter page = filter;
        while (true) {
            Page read = page(page);
            read.entries().forEach(sink);
            if (read.next() == null) {
                return;
            }
            page = page.after(read.next());
        }
    }

    /**
     * Seals what waits to be sealed (when no other sealer holds the head), then walks the whole chain in one snapshot
     * of the database ({@link ChainWalk}). A valid walk becomes the checkpoint {@link #verifyRecent} goes on from.
     */
    public ChainVerdict verify() {
        access.require(Permission.READ_AUDIT, AccessTarget.REGISTRY);
        sealWaiting();
        long now = clock.millis();
        return checked(inSnapshot(table -> table.verifyAfter(START)), now).verdict();
    }

    /** The last position a walk found valid and when the whole chain was last walked (epoch millis). */
    private record Checkpoint(AuditTable.Head head, long fullWalkAt) {
    }

    /**
     * A verdict and what it covers: every entry up to {@code verdict.entries()} is in a valid chain, the whole chain
     * having been walked at {@code fullWalkAt} and the entries after {@code walkedFrom} just now.
     */
    public record Recent(ChainVerdict verdict, long fullWalkAt, long walkedFrom) {
    }

    /**
     * The chain's verdict for pages viewed often (the UI): walks only the entries after the last position found valid,
     * checking that entry is still there with its hash, and the whole chain again when the last full walk is older
     * than {@code fullWalkEvery} or the checkpoint's entry changed. So an entry edited (and rehashed) before the
     * checkpoint is named by the next full walk, at most {@code fullWalkEvery} later; {@link #verify} always walks all.
     */
    public Recent verifyRecent() {
        access.require(Permission.READ_AUDIT, AccessTarget.REGISTRY);
        sealWaiting();
        long now = clock.millis();
        Checkpoint from = checkpoint;
        if (from == null || now - from.fullWalkAt() >= fullWalkEvery.toMillis()) {
            ChainVerdict verdict = checked(inSnapshot(table -> table.verifyAfter(START)), now).verdict();
            return new Recent(verdict, now, 0);
        }
        AuditTable.Walked walked = inSnapshot(table -> table.verifyAfter(from.head()));
        long fullWalkAt = walked.walkedFrom() == 0 ? now : from.fullWalkAt();
        checked(walked, fullWalkAt);
        return new Recent(walked.verdict(), fullWalkAt, walked.walkedFrom());
    }

    private static final AuditTable.Head START = new AuditTable.Head(0, AuditChain.GENESIS);

    /** Keeps the position a valid walk reached as the checkpoint; forgets it on a broken chain. */
    private synchronized AuditTable.Walked checked(AuditTable.Walked walked, long fullWalkAt) {
        checkpoint = walked.verdict().valid() ? new Checkpoint(walked.head(), fullWalkAt) : null;
        return walked;
    }

    /** Entries committed but not yet sealed into the chain. */
    public Unsealed unsealed() {
        access.require(Permission.READ_AUDIT, AccessTarget.REGISTRY);
        return trail.unsealed(dataSource);
    }

    /** A sealing that fails (a tampered head, the database) leaves entries pending: verification still runs. */
    private void sealWaiting() {
        try {
            trail.sweep(dataSource);
        } catch (StoreException leftPending) {
            // reported by unsealed(); the sweeper logs why
        }
    }

    /** Reads in one snapshot: a transaction at REPEATABLE READ, rolled back. */
    private <T> T inSnapshot(java.util.function.Function<AuditTable, T> read) {
        return JdbcTransactions.withConnection(dataSource, connection -> {
            try {
                int isolation = connection.getTransactionIsolation();
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    return read.apply(new AuditTable(connection));
                } finally {
                    connection.rollback();
                    connection.setTransactionIsolation(isolation);
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        });
    }

    /**
     * Appends an entry in a transaction of its own, committed when this returns: for events without a write to join,
     * such as a login failure ({@link Changes#LOGIN_FAILURE}, the claimed principal in the caller).
     */
    public void recordAlone(Caller caller, AuditEvent event) {
        trail.appendAlone(dataSource, caller, event);
    }
}
