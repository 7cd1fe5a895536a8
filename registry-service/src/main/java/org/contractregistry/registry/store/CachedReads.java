package org.contractregistry.registry.store;

import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads attempted with no database at hand: while {@link #attempt} runs, {@link Transactions#read} hands the work a
 * store that refuses every statement, and {@link Transactions#write} refuses at once. Work that is served wholly from
 * this instance's caches (an exact copy of a subject's state on the embedded store, schemas, prepared drafts) gives
 * the same answer it would give with a connection; work that needs a statement is abandoned where it asks for one,
 * and the caller runs it again the usual way. So a request thread that must never block (an HTTP event loop) can
 * answer what it can without waiting for a pooled connection or the disk.
 */
public final class CachedReads {
    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    /** Refuses every call: the work asked the database for something. */
    static final RegistryStore REFUSING = (RegistryStore) Proxy.newProxyInstance(RegistryStore.class.getClassLoader(),
            new Class<?>[] {RegistryStore.class}, (proxy, method, arguments) -> {
                throw NeedsDatabase.INSTANCE;
            });

    private CachedReads() {}

    /**
     * {@code work}'s answer when it needed no statement; empty when it asked the database for one. What the work
     * threw otherwise (a domain refusal read from the caches: subject not found, ...) is thrown as it is.
     */
    public static <T> Optional<T> attempt(Supplier<T> work) {
        if (active()) {
            return Optional.ofNullable(work.get());
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            return Optional.ofNullable(work.get());
        } catch (NeedsDatabase needsDatabase) {
            return Optional.empty();
        } finally {
            ACTIVE.remove();
        }
    }

    /**
     * Inside an attempt, gives up at once when {@code transactions} keeps no exact copies of subject states (other
     * processes may write the database): work that starts by reading a subject's state would otherwise prepare its
     * draft twice, here and again on the worker.
     */
    public static void needsStateCopies(Transactions transactions) {
        if (active() && transactions.soleWriterWrites().isEmpty()) {
            throw NeedsDatabase.INSTANCE;
        }
    }

    /** Whether the current thread is inside {@link #attempt}. */
    public static boolean active() {
        return ACTIVE.get() != null;
    }

    /**
     * Thrown where work inside {@link #attempt} asks for a statement; caught by {@code attempt} alone. It is neither a
     * {@link StoreException} nor a domain refusal, so nothing on a read path mistakes it for an answer.
     */
    static final class NeedsDatabase extends RuntimeException {
        static final NeedsDatabase INSTANCE = new NeedsDatabase();

        private NeedsDatabase() {
            super("the work needs the database", null, false, false);
        }
    }
}
