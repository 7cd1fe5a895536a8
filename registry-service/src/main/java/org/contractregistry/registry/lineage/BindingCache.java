package org.contractregistry.registry.lineage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.registry.lineage.store.Keys;

/**
 * Explicit bindings as seen by ingestion, kept for {@code lineage.binding-cache-millis} so a burst of events on the
 * same datasets does not read {@code lineage_bindings} once per dataset per event. A change made through this instance
 * drops the entry at once; a change made through another instance (or a read racing the change) is seen at the latest
 * after that delay.
 */
@ApplicationScoped
public class BindingCache {
    private final Cache<String, Optional<String>> explicit;

    public BindingCache(LineageSettings settings) {
        this.explicit = Caffeine.newBuilder().expireAfterWrite(Duration.ofMillis(settings.bindingCacheMillis()))
                .maximumSize(100_000).build();
    }

    /** The explicit subject of a dataset, from the cache or else from {@code load}. */
    public Optional<String> explicit(DatasetId dataset, Supplier<Optional<String>> load) {
        return explicit.get(Keys.of(dataset), key -> load.get());
    }

    public void forget(DatasetId dataset) {
        explicit.invalidate(Keys.of(dataset));
    }
}
