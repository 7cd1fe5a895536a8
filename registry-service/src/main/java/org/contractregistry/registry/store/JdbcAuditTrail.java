package org.contractregistry.registry.store;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.audit.AuditEvent;
import org.contractregistry.registry.domain.audit.AuditTrail;
import org.contractregistry.registry.domain.audit.Unsealed;

/**
 * {@link AuditTrail} over the audit tables: each entry joins the transaction of the connection it is given, unsealed
 * ({@link AuditPending}); {@link #seal} links and hashes the committed ones into the chain.
 */
public final class JdbcAuditTrail implements AuditTrail {
    /** Entries one sealing transaction takes at most. */
    static final int BATCH = 500;
    /** Sealing transactions one call runs at most while each finds entries; what is left waits for the sweeper. */
    private static final int ROUNDS = 8;

    private final Clock clock;
    private final AtomicBoolean sealing = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final long sealDelayNanos;
    /**
     * This instance's one sealing thread: delayed seals after commits and the periodic sweep take turns on it (created
     * on first use; writers seal themselves when the delay is zero).
     */
    private ScheduledExecutorService sealer;
    private final AtomicBoolean sealScheduled = new AtomicBoolean();

    /** Writers seal their own entries after their commit, before they are answered. */
    public JdbcAuditTrail(Clock clock) {
        this(clock, Duration.ZERO);
    }

    /**
     * @param sealDelay how long after a commit its entries are sealed by this instance's sealer thread, so that the
     *                  writes of that window share one sealing transaction (zero: each writer seals before it is
     *                  answered, as {@link #JdbcAuditTrail(Clock)})
     */
    public JdbcAuditTrail(Clock clock, Duration sealDelay) {
        this.clock = clock;
        this.sealDelayNanos = sealDelay.toNanos();
    }

    private synchronized ScheduledExecutorService sealer() {
        if (sealer == null) {
            sealer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "audit-sealer");
                thread.setDaemon(true);
                return thread;
            });
        }
        return sealer;
    }

    /**
     * Sweeps ({@link #sweep}) every {@code every} on the sealing thread from now on, for entries committed but not
     * sealed (an instance that stopped between a write's commit and its seal, a writer that found another sealer
     * busy); {@code failed} hears of a sweep that failed (tried again next time).
     */
    public void sweepEvery(DataSource dataSource, Duration every, Consumer<RuntimeException> failed) {
        sealer().scheduleWithFixedDelay(() -> {
            try {
                sweep(dataSource);
            } catch (RuntimeException e) {
                failed.accept(e);
            }
        }, every.toNanos(), every.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Stops the sealing thread (what it has not sealed, the next start's sweep does). */
    public synchronized void close() {
        if (sealer != null) {
            sealer.shutdownNow();
        }
    }

    @Override
    public void append(Connection connection, Caller caller, AuditEvent event) {
        new AuditPending(connection).add(caller, event, clock.millis());
    }

    /**
     * After a write with entries committed: seals them, now (no seal delay: before the writer is answered) or after the
     * delay in this instance's sealer thread with whatever else committed meanwhile; unless a sealer is already at work (in this instance: it
     * goes round again for them; in another: it holds the head and goes on while it finds entries), or, in the rare
     * race where that sealer just finished, the sweeper does. A failure here cannot undo the committed write: the
     * entries stay pending and the sweeper tries again and logs why.
     */
    @Override
    public void committed(DataSource dataSource) {
        if (sealDelayNanos <= 0) {
            sealNow(dataSource);
        } else if (sealScheduled.compareAndSet(false, true)) {
            // Entries committed from here until the seal starts go with it; later ones schedule the next.
            sealer().schedule(() -> {
                sealScheduled.set(false);
                sealNow(dataSource);
            }, sealDelayNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void sealNow(DataSource dataSource) {
        // One sealer per instance at a time: a writer finding one running only tells it to go round again, which
        // saves the database a transaction per write (sealers of other instances meet at the head's SKIP LOCKED).
        if (!sealing.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            for (int round = 0; round < ROUNDS; round++) {
                again.set(false);
                seal(dataSource);
                if (!again.get()) {
                    return;
                }
            }
        } catch (StoreException leftForTheSweeper) {
            // see above
        } finally {
            sealing.set(false);
        }
    }

    /**
     * Seals every committed pending entry, batch by batch, each in a short transaction holding the chain head's lock
     * (taken without waiting: when another sealer holds it, that one seals them, as it goes on while it finds any).
     * Returns how many this call sealed.
     */
    public long seal(DataSource dataSource) {
        long total = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int sealed = JdbcTransactions.inTransaction(dataSource, connection -> new AuditPending(connection)
                    .seal(BATCH));
            if (sealed <= 0) {
                return total;
            }
            total += sealed;
        }
        return total;
    }

    /** Seals what waits, if anything does (a cheap look first): for the sweeper. */
    public long sweep(DataSource dataSource) {
        boolean any = JdbcTransactions.withConnection(dataSource, connection -> new AuditPending(connection).any());
        return any ? seal(dataSource) : 0;
    }

    /** What waits to be sealed. */
    public Unsealed unsealed(DataSource dataSource) {
        long now = clock.millis();
        return JdbcTransactions.withConnection(dataSource, connection -> new AuditPending(connection).unsealed(now));
    }

    /**
     * Appends an entry in a transaction of its own, for what is recorded without a write to join (a login failure);
     * committed, and sealed unless another sealer holds the head, when this returns.
     */
    public void appendAlone(DataSource dataSource, Caller caller, AuditEvent event) {
        JdbcTransactions.inTransaction(dataSource, connection -> {
            append(connection, caller, event);
            return null;
        });
        committed(dataSource);
    }
}
