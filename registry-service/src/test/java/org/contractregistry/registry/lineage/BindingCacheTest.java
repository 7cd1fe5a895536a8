package org.contractregistry.registry.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.contractregistry.lineage.ids.DatasetId;
import org.contractregistry.registry.lineage.store.Keys;
import org.junit.jupiter.api.Test;

/** Explicit bindings for ingestion: one read of the whole table per delay while it is small, per dataset beyond. */
class BindingCacheTest {
    private static final DatasetId ORDERS = DatasetId.of("kafka://b:9092", "orders");
    private static final DatasetId PAYMENTS = DatasetId.of("kafka://b:9092", "payments");

    private final Map<String, String> table = new HashMap<>();
    private final AtomicLong now = new AtomicLong(1_000);
    private int wholeReads;
    private int keyReads;

    private final BindingCache cache = new BindingCache(new BindingCache.Source() {
        @Override
        public Map<String, String> subjects(Set<String> keys) {
            keyReads++;
            Map<String, String> out = new HashMap<>(table);
            out.keySet().retainAll(keys);
            return out;
        }

        @Override
        public Map<String, String> some(int limit) {
            wholeReads++;
            return table.size() <= limit ? Map.copyOf(table) : tooMany(limit);
        }
    }, 1_000, now::get);

    @Test
    void aSmallTableIsReadOncePerDelayAndAnswersDatasetsWithoutBindingToo() {
        table.put(Keys.of(ORDERS), "orders-contract");
        for (int i = 0; i < 50; i++) {
            assertThat(cache.explicit(List.of(ORDERS, PAYMENTS))).containsEntry(Keys.of(ORDERS),
                    Optional.of("orders-contract")).containsEntry(Keys.of(PAYMENTS), Optional.empty());
        }
        assertThat(wholeReads).isEqualTo(1);

        table.put(Keys.of(PAYMENTS), "payments-contract"); // through another instance: seen after the delay
        assertThat(cache.explicit(List.of(PAYMENTS))).containsEntry(Keys.of(PAYMENTS), Optional.empty());
        now.addAndGet(1_000);
        assertThat(cache.explicit(List.of(PAYMENTS))).containsEntry(Keys.of(PAYMENTS),
                Optional.of("payments-contract"));
        assertThat(wholeReads).isEqualTo(2);
        assertThat(keyReads).isZero();
    }

    @Test
    void aChangeThroughThisInstanceAppliesAtOnce() {
        assertThat(cache.explicit(List.of(ORDERS))).containsEntry(Keys.of(ORDERS), Optional.empty());
        table.put(Keys.of(ORDERS), "orders-contract");
        cache.forget(ORDERS);
        assertThat(cache.explicit(List.of(ORDERS))).containsEntry(Keys.of(ORDERS), Optional.of("orders-contract"));
    }

    @Test
    void aLargeTableIsReadPerDatasetAndItsSizeCheckedRarely() {
        table.putAll(tooMany(BindingCache.MAX_SNAPSHOT));
        table.put(Keys.of(ORDERS), "orders-contract");
        for (int i = 0; i < 10; i++) {
            assertThat(cache.explicit(List.of(ORDERS, PAYMENTS))).containsEntry(Keys.of(ORDERS),
                    Optional.of("orders-contract")).containsEntry(Keys.of(PAYMENTS), Optional.empty());
        }
        assertThat(keyReads).isEqualTo(1);
        now.addAndGet(1_000);
        cache.explicit(List.of(ORDERS));
        assertThat(keyReads).isEqualTo(2);
        assertThat(wholeReads).isEqualTo(1);
    }

    private static Map<String, String> tooMany(int count) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i <= count; i++) {
            out.put(Keys.of(DatasetId.of("file", "/d/" + i)), "s" + i);
        }
        return out;
    }
}
