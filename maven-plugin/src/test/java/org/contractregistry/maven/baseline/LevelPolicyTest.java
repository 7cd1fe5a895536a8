package org.contractregistry.maven.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.contractregistry.maven.registry.RegistryException;
import org.junit.jupiter.api.Test;

/** git and dir baselines: the registry's level when one is configured and answers, and the source says which. */
class LevelPolicyTest {

    @Test
    void aConfiguredRegistrysLevelBeatsTheDefault() {
        LevelPolicy levels = new LevelPolicy(Map.of(), CompatibilityLevel.BACKWARD,
                subject -> Optional.of(CompatibilityLevel.FULL_TRANSITIVE));
        History history = levels.historyOf("orders-value", List.of());
        assertThat(history.level()).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(history.levelSource()).isEqualTo(LevelPolicy.REGISTRY);
    }

    @Test
    void anUnreachableRegistryFallsBackToTheDefaultSaysSoAndIsAskedOnce() {
        AtomicInteger asked = new AtomicInteger();
        LevelPolicy levels = new LevelPolicy(Map.of("pinned-value", CompatibilityLevel.NONE), CompatibilityLevel.BACKWARD,
                subject -> {
                    asked.incrementAndGet();
                    throw new RegistryException("Schema registry unreachable: connection refused to http://x", 0);
                });
        assertThat(levels.historyOf("a-value", List.of()).levelSource()).isEqualTo(LevelPolicy.DEFAULT_UNREACHABLE);
        assertThat(levels.historyOf("b-value", List.of()).level()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(levels.historyOf("pinned-value", List.of()).levelSource()).isEqualTo(LevelPolicy.CONFIGURATION);
        assertThat(asked).hasValue(1);
    }

    @Test
    void withoutARegistryTheDefaultIsUsed() {
        History history = new LevelPolicy(Map.of(), CompatibilityLevel.FORWARD).historyOf("a-value", List.of());
        assertThat(history.level()).isEqualTo(CompatibilityLevel.FORWARD);
        assertThat(history.levelSource()).isEqualTo(LevelPolicy.DEFAULT);
    }
}
