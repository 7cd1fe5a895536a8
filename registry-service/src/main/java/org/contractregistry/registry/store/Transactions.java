package org.contractregistry.registry.store;

import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Runs work against the store. A write is one transaction, re-run from the start when it lost a race with another
 * writer (another instance may share the database); a read needs no lock.
 */
public interface Transactions {
    int MAX_ATTEMPTS = 20;

    <T> T write(Function<RegistryStore, T> work);

    <T> T read(Function<RegistryStore, T> work);

    /**
     * How many writes this object has finished (committed or not), when it is the database's only writer: an embedded
     * H2 file this process alone opens. A copy of registry data read after this count was taken stays exact while the
     * count has not moved. Empty when other processes may write as well (PostgreSQL shared by instances, H2 in server
     * or auto-server mode) or while no connection has told which database this is: then reads go to the database.
     */
    default OptionalLong soleWriterWrites() {
        return OptionalLong.empty();
    }

    /** Re-runs {@code attempt} while it fails with a retryable {@link StoreException}. */
    static <T> T retrying(java.util.function.Supplier<T> attempt) {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (StoreException e) {
                if (!e.isRetryable() || tries >= MAX_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 2 + tries * 2));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
