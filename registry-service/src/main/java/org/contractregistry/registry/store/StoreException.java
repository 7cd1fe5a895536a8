package org.contractregistry.registry.store;

import java.sql.SQLException;

/**
 * A database failure. {@link #isRetryable()} tells a lost race (unique key, serialization, deadlock) or a broken
 * connection from a fault.
 */
public final class StoreException extends RuntimeException {
    private final String sqlState;
    private final boolean gaveUp;

    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
        this.sqlState = cause.getSQLState();
        this.gaveUp = false;
    }

    private StoreException(String message, StoreException last) {
        super(message, last);
        this.sqlState = last.sqlState;
        this.gaveUp = true;
    }

    /**
     * The commit was sent but its answer never came (the session ended): the change may or may not be stored. Not to be
     * run again here (a deletion done once would then answer "already deleted"); answered 503 like an outage.
     */
    public static StoreException commitOutcomeUnknown(SQLException cause) {
        return new StoreException("The database connection broke while committing, so the change may or may not be"
                + " stored: read it back before sending it again (" + cause.getMessage() + ")",
                new StoreException(cause));
    }

    /**
     * The database stayed unreachable for the whole {@code waited} (every attempt a {@linkplain #isConnectionFailure
     * connection failure}, the last one {@code last}): not to be tried again by an outer loop.
     */
    public static StoreException unavailable(StoreException last, java.time.Duration waited, int attempts) {
        return new StoreException("The database is unavailable: " + last.getMessage() + " (" + attempts
                + " attempts in " + waited.toMillis() + " ms); retry later", last);
    }

    /** Given up on an unreachable database ({@link #unavailable}). */
    public boolean isUnavailable() {
        return gaveUp;
    }

    /** 57014: a statement cancelled by {@code statement_timeout} or an administrator. */
    public boolean isTimeout() {
        return "57014".equals(sqlState);
    }

    /**
     * 23505 unique violation, 40001 serialization failure, 40P01 deadlock, or a {@linkplain #isConnectionFailure broken
     * connection}: the work may simply run again (the pool has dropped the broken connection).
     */
    public boolean isRetryable() {
        return !gaveUp && sqlState != null && (sqlState.equals("23505") || sqlState.equals("40001") || sqlState.equals("40P01")
                || isConnectionFailure());
    }

    /**
     * Class 08 (connection exception) or 57P01..57P03 (the server shut down or restarted): a pooled connection that a
     * database restart or an administrator closed. Reads and registrations are safe to run again on another one.
     */
    public boolean isConnectionFailure() {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }
}
