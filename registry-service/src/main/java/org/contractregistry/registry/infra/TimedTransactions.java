package org.contractregistry.registry.infra;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.Transactions;

/**
 * {@link Transactions} timed by operation: {@code registry_store_seconds{operation="read"|"write"}}, a write's time
 * including its re-runs after a lost race. Reads served from the schema cache never get here.
 */
final class TimedTransactions implements Transactions {
    private final Transactions delegate;
    private final Timer reads;
    private final Timer writes;

    TimedTransactions(Transactions delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.reads = timer(registry, "read");
        this.writes = timer(registry, "write");
    }

    private static Timer timer(MeterRegistry registry, String operation) {
        return Timer.builder(Observability.STORE_TIMER).description("Time spent in the store, by operation")
                .tag("operation", operation).register(registry);
    }

    @Override
    public <T> T write(Function<RegistryStore, T> work) {
        return timed(writes, () -> delegate.write(work));
    }

    @Override
    public <T> T read(Function<RegistryStore, T> work) {
        return timed(reads, () -> delegate.read(work));
    }

    @Override
    public OptionalLong soleWriterWrites() {
        return delegate.soleWriterWrites();
    }

    private static <T> T timed(Timer timer, Supplier<T> operation) {
        long start = System.nanoTime();
        try {
            return operation.get();
        } finally {
            timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
