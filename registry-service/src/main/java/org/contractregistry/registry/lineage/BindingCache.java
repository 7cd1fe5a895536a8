package org.contractregistry.registry.lineage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

    /**
     * The explicit subjects of datasets by row key ({@link Keys#of(DatasetId)}), from the cache, the others read at
     * once by {@code load} (given the missing keys, it answers the subjects of those that have one).
     */
    public Map<String, Optional<String>> explicit(Collection<DatasetId> datasets,
            Function<Set<String>, Map<String, String>> load) {
        return explicit.getAll(datasets.stream().map(Keys::of).toList(), missing -> {
            Map<String, String> found = load.apply(Set.copyOf(missing));
            Map<String, Optional<String>> out = new HashMap<>();
            missing.forEach(key -> out.put(key, Optional.ofNullable(found.get(key))));
            return out;
        });
    }

    public void forget(DatasetId dataset) {
        explicit.invalidate(Keys.of(dataset));
    }
}
