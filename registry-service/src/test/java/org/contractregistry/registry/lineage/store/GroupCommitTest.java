package org.contractregistry.registry.lineage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.contractregistry.registry.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Group commit without a database: batches form under load, a bad item fails alone, nothing is lost. */
class GroupCommitTest {
    private final ExecutorService callers = Executors.newFixedThreadPool(16);
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void aLoneItemIsWrittenAlone() {
        try (GroupCommit<String> commit = new GroupCommit<>("test", 8, this::together, this::alone)) {
            commit.write("a");
        }
        assertThat(batches).isEmpty();
        assertThat(stored).containsExactly("a");
    }

    @Test
    void itemsQueuedWhileAWriteRunsAreWrittenTogetherAndABadOneFailsAlone() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Consumer<String> aloneAfterGate = item -> {
            if (item.equals("gate")) {
                writing.countDown();
                await(release);
            }
            alone(item);
        };
        try (GroupCommit<String> commit = new GroupCommit<>("test", 8, this::together, aloneAfterGate)) {
            Future<?> gate = callers.submit(() -> commit.write("gate"));
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<?>> posted = new ArrayList<>();
            for (String item : List.of("a", "bad", "c")) {
                posted.add(callers.submit(() -> commit.write(item)));
            }
            waitUntil(() -> commit.queued() == 3);
            release.countDown();
            gate.get(10, TimeUnit.SECONDS);
            posted.get(0).get(10, TimeUnit.SECONDS);
            posted.get(2).get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> posted.get(1).get(10, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(IllegalArgumentException.class).hasRootCauseMessage("bad item: bad");
        }
        assertThat(batches).singleElement().satisfies(batch -> assertThat(batch)
                .containsExactlyInAnyOrder("a", "bad", "c"));
        assertThat(stored).containsExactlyInAnyOrder("gate", "a", "c");
    }

    @Test
    void whenTheDatabaseIsUnavailableTheWholeBatchFailsAtOnce() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> alone = new CopyOnWriteArrayList<>();
        StoreException down = StoreException.unavailable(new StoreException(new SQLException("refused", "08001")),
                Duration.ofSeconds(5), 3);
        Consumer<String> aloneAfterGate = item -> {
            if (item.equals("gate")) {
                writing.countDown();
                await(release);
                return;
            }
            alone.add(item);
        };
        Consumer<List<String>> unavailable = items -> {
            throw down;
        };
        try (GroupCommit<String> commit = new GroupCommit<>("test", 8, unavailable, aloneAfterGate)) {
            Future<?> gate = callers.submit(() -> commit.write("gate"));
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<?>> posted = new ArrayList<>();
            for (String item : List.of("a", "b", "c")) {
                posted.add(callers.submit(() -> commit.write(item)));
            }
            waitUntil(() -> commit.queued() == 3);
            release.countDown();
            gate.get(10, TimeUnit.SECONDS);
            for (Future<?> future : posted) {
                assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).hasCause(down);
            }
        }
        assertThat(alone).as("items tried one by one against a database that is down").isEmpty();
    }

    @Test
    void concurrentWritersLoseNothingAndShareBatches() throws Exception {
        List<Future<?>> posted = new ArrayList<>();
        try (GroupCommit<String> commit = new GroupCommit<>("test", 5, this::slowTogether, this::slowAlone)) {
            for (int i = 0; i < 2000; i++) {
                String item = "item-" + i;
                posted.add(callers.submit(() -> commit.write(item)));
            }
            for (Future<?> future : posted) {
                future.get(30, TimeUnit.SECONDS);
            }
        }
        assertThat(stored).hasSize(2000);
        assertThat(batches).isNotEmpty().allSatisfy(batch -> assertThat(batch).hasSizeBetween(2, 5));
    }

    @Test
    void afterCloseAnItemIsWrittenByItsCaller() {
        GroupCommit<String> commit = new GroupCommit<>("test", 8, this::together, this::alone);
        commit.close();
        commit.write("late");
        assertThat(stored).containsExactly("late");
    }

    /** All or nothing, like a transaction. */
    private void together(List<String> items) {
        batches.add(List.copyOf(items));
        items.forEach(GroupCommitTest::check);
        stored.addAll(items);
    }

    private void slowTogether(List<String> items) {
        sleep(1);
        together(items);
    }

    private void slowAlone(String item) {
        sleep(1); // callers queue up meanwhile
        alone(item);
    }

    private void alone(String item) {
        check(item);
        stored.add(item);
    }

    private static void check(String item) {
        if (item.startsWith("bad")) {
            throw new IllegalArgumentException("bad item: " + item);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
