package org.contractregistry.registry.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.access.CallerSource;
import org.contractregistry.registry.domain.audit.AuditTrail;

/**
 * {@link Transactions} as plain local JDBC transactions on one pooled connection: a read runs in autocommit, a write
 * commits or rolls back as one and is re-run from the start when it lost a race. Anything else that must commit with
 * a write (an audit entry, a permission record) joins it by writing through the same connection.
 */
public final class JdbcTransactions implements Transactions {
    private static volatile Duration unavailableTimeout = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final KnownDialect dialect = new KnownDialect();
    private final AuditTrail audit;
    private final CallerSource callers;
    /** Writes finished through this object; see {@link #soleWriterWrites}. */
    private final AtomicLong writes = new AtomicLong();
    /** Whether this process is the database's only writer ({@link H2Durability#soleWriter}). */
    private final boolean soleWriter;

    /** Without an audit log (tools and tests). */
    public JdbcTransactions(DataSource dataSource) {
        this(dataSource, AuditTrail.NONE, CallerSource.SYSTEM);
    }

    /** Writes append what they {@link RegistryStore#audit record} to {@code audit}, as the current caller. */
    public JdbcTransactions(DataSource dataSource, AuditTrail audit, CallerSource callers) {
        this(dataSource, audit, callers, false);
    }

    /**
     * @param soleWriter whether this process is the only one writing to the database (an embedded H2 file, see
     *                   {@link H2Durability#soleWriter}): then {@link #soleWriterWrites} lets reads keep copies
     */
    public JdbcTransactions(DataSource dataSource, AuditTrail audit, CallerSource callers, boolean soleWriter) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.callers = callers;
        this.soleWriter = soleWriter;
    }

    /**
     * The work, then its audit entries as the last statements before the commit (inserted unsealed, without a lock);
     * after the commit the trail seals them into the chain ({@link AuditTrail#committed}).
     */
    @Override
    public <T> T write(Function<RegistryStore, T> work) {
        if (CachedReads.active()) {
            throw CachedReads.NeedsDatabase.INSTANCE;
        }
        boolean[] listingChanged = {false};
        boolean[] audited = {false};
        T written;
        try {
            written = inTransaction(dataSource, connection -> {
                JdbcRegistryStore store = store(connection);
                T result = work.apply(store);
                audited[0] = !store.audited().isEmpty();
                if (audited[0]) {
                    Caller caller = callers.current();
                    store.audited().forEach(event -> audit.append(connection, caller, event));
                }
                listingChanged[0] = store.changedSubjectListing();
                return result;
            });
        } finally {
            // After the commit (or the rollback, or an unknown outcome): copies read before it are no longer exact.
            writes.incrementAndGet();
        }
        // After the commit, before the answer: a listing cached before it is not used again once the write is
        // acknowledged (a page read while the generation moved is read again by offset: SubjectPages).
        if (listingChanged[0]) {
            withConnection(dataSource, connection -> {
                store(connection).advanceSubjectListingGeneration();
                return null;
            });
        }
        if (audited[0]) {
            audit.committed(dataSource);
        }
        return written;
    }

    @Override
    public OptionalLong soleWriterWrites() {
        return soleWriter ? OptionalLong.of(writes.get()) : OptionalLong.empty();
    }

    @Override
    public <T> T read(Function<RegistryStore, T> work) {
        if (CachedReads.active()) {
            return work.apply(CachedReads.REFUSING);
        }
        return withConnection(dataSource, connection -> work.apply(store(connection)));
    }

    private JdbcRegistryStore store(Connection connection) {
        return new JdbcRegistryStore(connection, dialect.of(connection));
    }

    /** One local transaction on a pooled connection, re-run from the start while it fails with a lost race. */
    public static <T> T inTransaction(DataSource dataSource, Function<Connection, T> work) {
        return Transactions.retrying(() -> withConnection(dataSource, connection -> once(connection, work)));
    }

    /**
     * How long a request keeps trying an unreachable database before it is answered with an error (set once at start
     * from {@code registry.db.unavailable-timeout}).
     */
    public static void unavailableTimeout(Duration timeout) {
        unavailableTimeout = timeout;
    }

    /**
     * Work on a pooled connection in autocommit (reads; statements that are their own transaction), run again on
     * another connection when the one it got was broken (the database restarted since the pool opened it), for at
     * most {@link #unavailableTimeout}: then it fails with {@link StoreException#unavailable}, which no outer loop
     * tries again. Inside {@link CachedReads#attempt} it refuses at once, as a read's store does.
     */
    public static <T> T withConnection(DataSource dataSource, Function<Connection, T> work) {
        if (CachedReads.active()) {
            throw CachedReads.NeedsDatabase.INSTANCE;
        }
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            StoreException failure;
            try (Connection connection = dataSource.getConnection()) {
                return work.apply(connection);
            } catch (SQLException e) {
                failure = new StoreException(e);
            } catch (StoreException e) {
                failure = e;
            }
            if (!failure.isConnectionFailure() || failure.isUnavailable()) {
                throw failure;
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (attempt >= Transactions.MAX_ATTEMPTS || waited.compareTo(unavailableTimeout) >= 0) {
                throw StoreException.unavailable(failure, waited, attempt);
            }
            pause(attempt);
        }
    }

    /** A short, growing pause between attempts on a database that refused: 5, 10, 20 ... 200 ms. */
    private static void pause(int attempt) {
        if (attempt > 1) {
            try {
                Thread.sleep(Math.min(200, 5L << Math.min(attempt - 2, 6)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One local transaction on this connection (in autocommit before and after): commit, or roll back and throw. */
    static <T> T once(Connection connection, Function<Connection, T> work) {
        T result;
        try {
            connection.setAutoCommit(false);
            try {
                result = work.apply(connection);
            } catch (RuntimeException | Error e) {
                connection.rollback();
                connection.setAutoCommit(true);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            // Sent, but whether it was done is unknown (the session ended meanwhile): running the work again could
            // answer a deletion that did happen with "already deleted", so the caller is told instead.
            throw StoreException.commitOutcomeUnknown(e);
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException brokenAfterCommit) {
            // Committed: the answer stands. The broken connection goes back to the pool, which resets or drops it.
        }
        return result;
    }
}
