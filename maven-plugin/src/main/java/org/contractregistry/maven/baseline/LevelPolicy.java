package org.contractregistry.maven.baseline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.maven.registry.RegistryException;

/**
 * Which level judges a subject: a per-subject override from {@code compatibilityLevels} wins, then what the registry
 * says (the registry baseline, or a git/dir baseline with {@code schemaRegistryUrls} set), then the configured
 * default. The source is kept with the level, so the report says where the level in force came from.
 */
public final class LevelPolicy {
    /** Where a level came from, as reports print it. */
    public static final String CONFIGURATION = "configuration";
    public static final String REGISTRY = "registry";
    public static final String DEFAULT = "default";
    public static final String DEFAULT_UNREACHABLE = "default, registry unreachable";

    /** The registry's level for a subject (empty when it has none), for git and dir baselines. */
    @FunctionalInterface
    public interface RegistryLevels {
        Optional<CompatibilityLevel> of(String subject) throws RegistryException;
    }

    private final Map<String, CompatibilityLevel> overrides;
    private final CompatibilityLevel fallback;
    private final RegistryLevels registry;
    private boolean unreachable; // asked once: a registry that did not answer is not asked for every subject

    public LevelPolicy(Map<String, CompatibilityLevel> overrides, CompatibilityLevel fallback) {
        this(overrides, fallback, null);
    }

    /** @param registry where git and dir baselines ask for the subject's level; null for none */
    public LevelPolicy(Map<String, CompatibilityLevel> overrides, CompatibilityLevel fallback, RegistryLevels registry) {
        this.overrides = Map.copyOf(overrides);
        this.fallback = fallback;
        this.registry = registry;
    }

    /** For the registry baseline, which read the level itself. */
    public History historyOf(String subject, List<PriorSchema> priors, Optional<CompatibilityLevel> registryLevel) {
        CompatibilityLevel override = overrides.get(subject);
        if (override != null) {
            return new History(priors, override, CONFIGURATION);
        }
        return registryLevel.map(level -> new History(priors, level, REGISTRY))
                .orElseGet(() -> new History(priors, fallback, DEFAULT));
    }

    /** For git and dir baselines: the registry's level when one is configured and answers, else the default. */
    public synchronized History historyOf(String subject, List<PriorSchema> priors) {
        if (overrides.containsKey(subject) || registry == null) {
            return historyOf(subject, priors, Optional.empty());
        }
        if (!unreachable) {
            try {
                return historyOf(subject, priors, registry.of(subject));
            } catch (RegistryException e) {
                unreachable = true;
            }
        }
        return new History(priors, fallback, DEFAULT_UNREACHABLE);
    }
}
