package org.contractregistry.registry.infra;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Tracing on, as an operator turns it on (REGISTRY_TRACING_ENABLED=true), spans kept in {@link InMemorySpans}. */
public class TracingOnProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "registry.tracing.enabled", "true",
                // No OTLP exporter retrying a collector that is not there (a build-time key: this profile re-augments).
                "quarkus.otel.exporter.otlp.enabled", "false");
    }
}
