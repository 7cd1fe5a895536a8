package org.contractregistry.registry.infra;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.contractregistry.registry.store.Transactions;

/**
 * {@link Transactions} timed by operation: {@code registry_store_seconds{operation="read"|"write"}}, a write's time
 * including its re-runs after a lost race. Reads served from the schema cache never get here.
 */
final class TimedTransactions extends AroundTransactions {
    private final Timer reads;
    private final Timer writes;

    TimedTransactions(Transactions delegate, MeterRegistry registry) {
        super(delegate);
        this.reads = timer(registry, "read");
        this.writes = timer(registry, "write");
    }

    private static Timer timer(MeterRegistry registry, String operation) {
        return Timer.builder(Observability.STORE_TIMER).description("Time spent in the store, by operation")
                .tag("operation", operation).register(registry);
    }

    @Override
    <T> T around(String name, Supplier<T> operation) {
        Timer timer = name.equals("write") ? writes : reads;
        long start = System.nanoTime();
        try {
            return operation.get();
        } finally {
            timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
