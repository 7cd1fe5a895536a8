package org.contractregistry.registry.infra;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.contractregistry.registry.domain.metrics.RegistryMetrics;

/**
 * The domain's counters as Micrometer meters, served at {@code /q/metrics} (names below as Prometheus spells them).
 * Each counter is looked up once per label set and kept, so a count is one striped add. Label values come from closed
 * sets (see {@link RegistryMetrics}); a drift kind or refusal reason is lower-cased, as Prometheus labels usually are.
 */
final class MicrometerRegistryMetrics implements RegistryMetrics {
    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    MicrometerRegistryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code registry_registrations_total{format, outcome}}: outcome new, existing or refused. */
    @Override
    public void registration(String format, Registration outcome) {
        counter("registry.registrations", "Schema registrations by format and outcome",
                "format", format, "outcome", lower(outcome.name())).increment();
    }

    /** {@code registry_compatibility_checks_total{outcome}}: compatible or incompatible. */
    @Override
    public void compatibilityCheck(boolean compatible) {
        counter("registry.compatibility.checks", "Compatibility checks answered, by verdict",
                "outcome", compatible ? "compatible" : "incompatible").increment();
    }

    /** {@code registry_incompatibilities_total{judged, rule}}: one per finding, by rule id. */
    @Override
    public void incompatibility(Judged by, String ruleId) {
        counter("registry.incompatibilities", "Incompatibilities found, by the rule that found them",
                "judged", lower(by.name()), "rule", ruleId).increment();
    }

    /** {@code registry_deletions_total{kind}}: subject versions deleted, soft or permanent. */
    @Override
    public void deletion(boolean permanent, int versions) {
        counter("registry.deletions", "Subject versions deleted", "kind", permanent ? "permanent" : "soft")
                .increment(versions);
    }

    /** {@code lineage_events_ingested_total}. */
    @Override
    public void lineageEventIngested() {
        counter("lineage.events.ingested", "OpenLineage events stored").increment();
    }

    /** {@code lineage_events_refused_total{reason}}: malformed_json, invalid_event, too_large. */
    @Override
    public void lineageEventRefused(String reason) {
        counter("lineage.events.refused", "OpenLineage events refused, nothing stored", "reason", lower(reason))
                .increment();
    }

    /** {@code lineage_drift_findings_total{kind}}: missing_field, extra_field, type_mismatch. */
    @Override
    public void driftFinding(String kind) {
        counter("lineage.drift.findings", "Drift between observed schemas and their contracts", "kind", lower(kind))
                .increment();
    }

    /** {@code registry_audit_appends_total{operation}}. */
    @Override
    public void auditAppended(String operation) {
        counter("registry.audit.appends", "Audit entries appended", "operation", operation).increment();
    }

    private Counter counter(String name, String description, String... tags) {
        return counters.computeIfAbsent(name + '\u0000' + String.join("\u0000", tags),
                key -> Counter.builder(name).description(description).tags(tags).register(registry));
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
