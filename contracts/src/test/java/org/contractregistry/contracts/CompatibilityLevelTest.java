package org.contractregistry.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.contractregistry.contracts.compatibility.CompatibilityLevel;
import org.junit.jupiter.api.Test;

class CompatibilityLevelTest {
    @Test
    void parsesLevelsCaseInsensitively() {
        assertThat(CompatibilityLevel.parse("full_transitive")).contains(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(CompatibilityLevel.parse("sideways")).isEmpty();
        assertThat(CompatibilityLevel.FULL.checksBackward()).isTrue();
        assertThat(CompatibilityLevel.FULL.checksForward()).isTrue();
        assertThat(CompatibilityLevel.FORWARD_TRANSITIVE.isTransitive()).isTrue();
    }
}
