package org.contractregistry.registry.store;

import java.sql.SQLException;

/** A database failure. {@link #isRetryable()} tells a lost race (unique key, serialization, deadlock) from a fault. */
public final class StoreException extends RuntimeException {
    private final String sqlState;

    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
        this.sqlState = cause.getSQLState();
    }

    /** 23505 unique violation, 40001 serialization failure, 40P01 deadlock: the transaction may simply run again. */
    public boolean isRetryable() {
        return sqlState != null && (sqlState.equals("23505") || sqlState.equals("40001") || sqlState.equals("40P01"));
    }
}
