package org.contractregistry.registry.lineage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.registry.lineage.store.Keys;
import org.contractregistry.registry.lineage.store.LineageDb;

/**
 * Explicit bindings as seen by ingestion, kept for {@code lineage.binding-cache-millis} so a burst of events does not
 * read {@code lineage_bindings} once per dataset per event. While there are at most {@link #MAX_SNAPSHOT} bindings
 * (explicit bindings are the exception: naming rules and TopicNameStrategy cover the rest) the whole table is kept and
 * read again at most once per that delay, so datasets without a binding cost no read either; beyond that each
 * dataset's binding is kept on its own. A change made through this instance applies at once; a change made through
 * another instance (or a read racing the change) is seen at the latest after that delay.
 */
@ApplicationScoped
public class BindingCache {
    static final int MAX_SNAPSHOT = 10_000;
    /** With more bindings than a snapshot holds, how many delays pass before the table's size is checked again. */
    private static final int TOO_MANY_RECHECK = 60;

    /** Where bindings are read. */
    interface Source {
        /** The subjects of the datasets with these row keys that have one. */
        Map<String, String> subjects(Set<String> keys);

        /** At most {@code limit} bindings (row key -> subject), any ones. */
        Map<String, String> some(int limit);
    }

    /** The whole table (when {@code complete}) as read at {@code readAt}. */
    private record Snapshot(Map<String, String> subjects, boolean complete, long readAt) {}

    private final Source source;
    private final long maxAgeMillis;
    private final LongSupplier clock;
    private final Cache<String, Optional<String>> byDataset;
    private volatile Snapshot snapshot; // null: read again before use; replaced under this object's lock

    @Inject
    public BindingCache(LineageSettings settings, LineageDb db) {
        this(new Source() {
            @Override
            public Map<String, String> subjects(Set<String> keys) {
                return db.read(store -> store.reads().bindings(keys));
            }

            @Override
            public Map<String, String> some(int limit) {
                return db.read(store -> store.reads().someBindings(limit));
            }
        }, settings.bindingCacheMillis(), System::currentTimeMillis);
    }

    BindingCache(Source source, long maxAgeMillis, LongSupplier clock) {
        this.source = source;
        this.maxAgeMillis = maxAgeMillis;
        this.clock = clock;
        this.byDataset = Caffeine.newBuilder().expireAfterWrite(Duration.ofMillis(maxAgeMillis))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.getAsLong())).maximumSize(100_000).build();
    }

    /** The explicit subjects of datasets by row key ({@link Keys#of(DatasetId)}). */
    public Map<String, Optional<String>> explicit(Collection<DatasetId> datasets) {
        Snapshot all = snapshot();
        if (!all.complete()) {
            return byDataset.getAll(datasets.stream().map(Keys::of).toList(), missing -> {
                Map<String, String> found = source.subjects(Set.copyOf(missing));
                Map<String, Optional<String>> out = new HashMap<>();
                missing.forEach(key -> out.put(key, Optional.ofNullable(found.get(key))));
                return out;
            });
        }
        Map<String, Optional<String>> out = new HashMap<>();
        for (DatasetId dataset : datasets) {
            String key = Keys.of(dataset);
            out.put(key, Optional.ofNullable(all.subjects().get(key)));
        }
        return out;
    }

    /**
     * Called once a binding change through this instance is committed. A snapshot being read meanwhile is dropped
     * after that read (this waits for it), so it cannot hide the change.
     */
    public void forget(DatasetId dataset) {
        synchronized (this) {
            snapshot = null;
        }
        byDataset.invalidate(Keys.of(dataset));
    }

    private Snapshot snapshot() {
        Snapshot known = snapshot;
        if (fresh(known)) {
            return known;
        }
        synchronized (this) { // one reader; the others wait for its answer instead of reading too
            known = snapshot;
            if (fresh(known)) {
                return known;
            }
            Map<String, String> some = source.some(MAX_SNAPSHOT + 1);
            snapshot = some.size() > MAX_SNAPSHOT
                    ? new Snapshot(Map.of(), false, clock.getAsLong())
                    : new Snapshot(Map.copyOf(some), true, clock.getAsLong());
            return snapshot;
        }
    }

    private boolean fresh(Snapshot known) {
        if (known == null) {
            return false;
        }
        long age = clock.getAsLong() - known.readAt();
        return age < (known.complete() ? maxAgeMillis : maxAgeMillis * TOO_MANY_RECHECK);
    }
}
