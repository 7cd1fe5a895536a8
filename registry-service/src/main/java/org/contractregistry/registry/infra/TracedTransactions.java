package org.contractregistry.registry.infra;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.function.Supplier;
import org.contractregistry.registry.store.StoreException;
import org.contractregistry.registry.store.Transactions;

/**
 * One span per store operation, named as the timer that measures it: {@code registry.store write} or
 * {@code registry.store read}, with {@code registry.store.operation}. The statements run inside (JDBC spans) are its
 * children; a write's span covers the wait for a pooled connection, its re-runs after a lost race and the commit.
 * A database failure ({@link StoreException}) sets status ERROR with a fixed description only (messages may quote
 * stored values); a refusal of the domain's (subject not found, ...) is no store failure and leaves the status unset.
 * Wired only while tracing is on ({@link ActiveDataSource}): off, nothing here runs.
 */
final class TracedTransactions extends AroundTransactions {
    static final String OPERATION = "registry.store.operation";

    private final Tracer tracer;

    TracedTransactions(Transactions delegate, Tracer tracer) {
        super(delegate);
        this.tracer = tracer;
    }

    @Override
    <T> T around(String name, Supplier<T> operation) {
        Span span = tracer.spanBuilder(Observability.STORE_TIMER + ' ' + name).setSpanKind(SpanKind.INTERNAL)
                .setAttribute(OPERATION, name).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return operation.get();
        } catch (StoreException e) {
            span.setStatus(StatusCode.ERROR, e.isUnavailable() ? "database unavailable" : "database failure");
            throw e;
        } finally {
            span.end();
        }
    }
}
