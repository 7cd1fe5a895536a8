package org.contractregistry.registry.infra;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The spans the service exports, kept in memory for the tracing tests: a {@code SpanExporter} bean, which Quarkus's
 * OpenTelemetry SDK exports to (besides OTLP) when it runs. With tracing off (every other test) it stays empty.
 */
@ApplicationScoped
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
