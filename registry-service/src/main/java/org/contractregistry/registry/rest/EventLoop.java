package org.contractregistry.registry.rest;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.Optional;
import java.util.function.Supplier;
import org.contractregistry.registry.store.CachedReads;

/**
 * Where a read endpoint's work runs. Quarkus runs a blocking endpoint on a worker thread, and handing every request
 * from the HTTP event loop to a worker and back costs more CPU than a check or a read by id answered from the caches
 * (0.100 vs 0.037 ms of CPU per compatibility check on the embedded store, benchmarks/README "Session 8"). A
 * {@code @NonBlocking} endpoint answers through {@link #cacheFirst}: on the event loop when its work needs no
 * statement ({@link CachedReads}), else on a worker thread as before.
 */
public final class EventLoop {
    private EventLoop() {}

    /** {@code work}'s answer from the caches on the event loop when it can be; otherwise {@code work} on a worker. */
    public static <T> Uni<T> cacheFirst(Supplier<T> work) {
        if (!Context.isOnEventLoopThread()) {
            return Uni.createFrom().item(work.get()); // already on a worker (after a filter that had to wait)
        }
        Optional<T> cached = CachedReads.attempt(work);
        return cached.isPresent() ? Uni.createFrom().item(cached.get()) : onWorker(work);
    }

    /**
     * {@code work} on a worker thread of this request's Vert.x context, with the request's CDI context active there
     * (the caller set by authentication, ...); the answer comes back on the event loop.
     */
    public static <T> Uni<T> onWorker(Supplier<T> work) {
        Context context = Vertx.currentContext();
        ManagedContext requests = Arc.container().requestContext();
        InjectableContext.ContextState state = requests.isActive() ? requests.getState() : null;
        Supplier<T> inRequest = () -> {
            if (state == null || requests.isActive()) {
                return work.get();
            }
            requests.activate(state);
            try {
                return work.get();
            } finally {
                requests.deactivate();
            }
        };
        return Uni.createFrom().completionStage(() -> context.<T>executeBlocking(inRequest::get, false)
                .toCompletionStage());
    }
}
