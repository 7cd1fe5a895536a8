package org.contractregistry.registry.lineage.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.contractregistry.registry.store.StoreException;

/**
 * Writes that callers post concurrently, stored together: one writer thread takes whatever was queued while its
 * previous write ran (up to {@code maxBatch} items) and stores it with {@code together}, in one transaction; each
 * caller returns once its item is committed, or fails with its own error. When a batch fails, its items are written
 * again one by one with {@code alone}, so only the bad one fails; when the database is unavailable they all fail at
 * once. A lone item is written alone straight away.
 *
 * <p>No item waits for a timer: under light load every batch holds one item, under load batches grow by themselves.
 */
final class GroupCommit<T> implements AutoCloseable {
    private static final long IDLE_POLL_MILLIS = 200;

    private final Consumer<List<T>> together;
    private final Consumer<T> alone;
    private final int maxBatch;
    private final BlockingQueue<Pending<T>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private boolean closed; // guarded by this: no item is queued once the writer may have drained for the last time

    GroupCommit(String name, int maxBatch, Consumer<List<T>> together, Consumer<T> alone) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, was " + maxBatch);
        }
        this.together = together;
        this.alone = alone;
        this.maxBatch = maxBatch;
        this.writer = new Thread(this::run, name);
        writer.setDaemon(true);
        writer.start();
    }

    /** Stores {@code item} with the others queued at the same time; returns once it is committed. */
    void write(T item) {
        Pending<T> pending = new Pending<>(item, new CompletableFuture<>());
        if (!enqueue(pending)) {
            alone.accept(item); // closing: the writer may be gone
            return;
        }
        try {
            pending.done().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private synchronized boolean enqueue(Pending<T> pending) {
        return !closed && queue.add(pending);
    }

    /** Stops taking items; the writer stores what is queued, then ends. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Pending<T>> batch = new ArrayList<>(maxBatch);
        while (true) {
            try {
                Pending<T> first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (isClosed() && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                store(batch);
            } catch (InterruptedException e) {
                // not interrupted by close(): keep serving the callers that wait
            } finally {
                batch.clear();
            }
        }
    }

    /** Items waiting for the writer (for tests). */
    int queued() {
        return queue.size();
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private void store(List<Pending<T>> batch) {
        if (batch.size() > 1) {
            try {
                together.accept(batch.stream().map(Pending::item).toList());
                batch.forEach(pending -> pending.done().complete(null));
                return;
            } catch (StoreException unreachable) {
                if (unreachable.isUnavailable()) { // no item can be stored now: all fail at once, none waits again
                    batch.forEach(pending -> pending.done().completeExceptionally(unreachable));
                    return;
                }
                // the batch lost a race: store the items one by one
            } catch (RuntimeException | Error failed) {
                // some item is bad (or the batch lost a race): find out which, one by one
            }
        }
        for (Pending<T> pending : batch) {
            try {
                alone.accept(pending.item());
                pending.done().complete(null);
            } catch (RuntimeException | Error e) {
                pending.done().completeExceptionally(e);
            }
        }
    }

    private record Pending<T>(T item, CompletableFuture<Void> done) {}
}
