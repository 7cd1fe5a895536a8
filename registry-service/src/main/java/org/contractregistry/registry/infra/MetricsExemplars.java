package org.contractregistry.registry.infra;

import io.prometheus.client.exemplars.ExemplarSampler;
import io.quarkus.micrometer.runtime.export.exemplars.NoopOpenTelemetryExemplarContextUnwrapper;
import io.quarkus.micrometer.runtime.export.exemplars.OpenTelemetryContextUnwrapper;
import io.quarkus.micrometer.runtime.export.exemplars.OpenTelemetryExemplarContextUnwrapper;
import io.quarkus.micrometer.runtime.export.exemplars.OpentelemetryExemplarSamplerProvider;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prometheus exemplars (a trace id beside a histogram bucket on {@code /q/metrics}) only while tracing is on. With
 * {@code quarkus-opentelemetry} on the class path Quarkus samples an exemplar on every timer and summary record (an
 * HTTP request records several: its timer, bytes read, bytes written) and looks the current span up in OpenTelemetry
 * each time, whether or not the SDK runs; a profile of compatibility checks with tracing off (the default) showed
 * that on the request path. So while {@code REGISTRY_TRACING_ENABLED} is false there is no exemplar sampler and
 * timers are stopped without entering a tracing context; while it is true, Quarkus's own sampler and unwrapper.
 */
public class MetricsExemplars {

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    Optional<ExemplarSampler> exemplarSampler(@ConfigProperty(name = "registry.tracing.enabled") boolean tracing) {
        return tracing ? new OpentelemetryExemplarSamplerProvider().exemplarSampler() : Optional.empty();
    }

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    OpenTelemetryContextUnwrapper contextUnwrapper(@ConfigProperty(name = "registry.tracing.enabled") boolean tracing) {
        return tracing ? new OpenTelemetryExemplarContextUnwrapper() : new NoopOpenTelemetryExemplarContextUnwrapper();
    }
}
