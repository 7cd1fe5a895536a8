package org.contractregistry.registry.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slows a source (client address) down after repeated authentication failures: the first {@code free} failures
 * within the window answer at once, each further one waits twice as long as the one before (from {@code base}, at
 * most {@code max}). A source's count is forgotten after a window without failures.
 */
public final class FailureThrottle {
    private final int free;
    private final Duration base;
    private final Duration max;
    private final Cache<String, AtomicInteger> failures;

    public FailureThrottle(int free, Duration base, Duration max, Duration window) {
        this.free = free;
        this.base = base;
        this.max = max;
        this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(window).build();
    }

    /** Counts one failure from {@code source}; answers how long to wait before answering it. */
    public Duration failed(String source) {
        AtomicInteger count = failures.get(source, s -> new AtomicInteger());
        failures.put(source, count); // restarts the window
        int over = count.incrementAndGet() - free;
        if (over <= 0) {
            return Duration.ZERO;
        }
        long millis = base.toMillis() << Math.min(over - 1, 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    public int failures(String source) {
        AtomicInteger count = failures.getIfPresent(source);
        return count == null ? 0 : count.get();
    }
}
