package org.contractregistry.registry.infra;

import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.contractregistry.registry.store.CachedReads;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.Transactions;

/**
 * {@link Transactions} that do something around each store operation of another: a write (with its re-runs after a
 * lost race) or a read, named {@code "write"} or {@code "read"} as the metric's and the span's label.
 */
abstract class AroundTransactions implements Transactions {
    private final Transactions delegate;

    AroundTransactions(Transactions delegate) {
        this.delegate = delegate;
    }

    /** Runs {@code operation}, the store operation named {@code name}, and returns or throws what it does. */
    abstract <T> T around(String name, Supplier<T> operation);

    @Override
    public final <T> T write(Function<RegistryStore, T> work) {
        return around("write", () -> delegate.write(work));
    }

    @Override
    public final <T> T read(Function<RegistryStore, T> work) {
        // An attempt from the caches alone (CachedReads) is no store operation: not timed, no span.
        return CachedReads.active() ? delegate.read(work) : around("read", () -> delegate.read(work));
    }

    @Override
    public final OptionalLong soleWriterWrites() {
        return delegate.soleWriterWrites();
    }
}
