package org.contractregistry.maven.baseline;

import java.util.Map;
import java.util.Optional;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;

/**
 * Which level judges a subject: a per-subject override from {@code compatibilityLevels} wins, then what the registry
 * says (registry baseline), then the configured default.
 */
public record LevelPolicy(Map<String, CompatibilityLevel> overrides, CompatibilityLevel fallback) {
    public LevelPolicy {
        overrides = Map.copyOf(overrides);
    }

    public History historyOf(String subject, java.util.List<PriorSchema> priors, Optional<CompatibilityLevel> registry) {
        CompatibilityLevel override = overrides.get(subject);
        if (override != null) {
            return new History(priors, override, "configuration");
        }
        return registry.map(level -> new History(priors, level, "registry"))
                .orElseGet(() -> new History(priors, fallback, "default"));
    }
}
