package org.contractregistry.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BindRuleTest {

    @Test
    void shouldRefuseAnOpenRegistryBeyondLoopbackUnlessOpenOnPurpose() {
        assertThat(BindRule.refusal("127.0.0.1", true, "auto")).isEmpty();
        assertThat(BindRule.refusal("localhost", true, "auto")).isEmpty();
        assertThat(BindRule.refusal("::1", true, "auto")).isEmpty();
        assertThat(BindRule.refusal("0.0.0.0", false, "auto")).isEmpty();
        assertThat(BindRule.refusal("0.0.0.0", true, "open")).isEmpty();
        assertThat(BindRule.refusal("0.0.0.0", true, "auto")).hasValueSatisfying(line -> {
            assertThat(line).doesNotContain("\n").contains("0.0.0.0").contains("REGISTRY_AUTH_ADMIN_PASSWORD")
                    .contains("REGISTRY_AUTH_MODE=open");
        });
        assertThat(BindRule.refusal("10.1.2.3", true, "auto")).isPresent();
        assertThat(BindRule.refusal("10.1.2.3", true, " OPEN ")).isEmpty();
        assertThatThrownBy(() -> BindRule.refusal("127.0.0.1", true, "closed")).hasMessageContaining("auto");
    }

    @Test
    void shouldSlowARepeatedlyFailingSourceOnly() {
        FailureThrottle throttle = new FailureThrottle(3, Duration.ofMillis(100), Duration.ofMillis(1000),
                Duration.ofMinutes(5));
        assertThat(throttle.failed("a")).isZero();
        assertThat(throttle.failed("a")).isZero();
        assertThat(throttle.failed("a")).isZero();
        assertThat(throttle.failed("a")).isEqualTo(Duration.ofMillis(100));
        assertThat(throttle.failed("a")).isEqualTo(Duration.ofMillis(200));
        assertThat(throttle.failed("a")).isEqualTo(Duration.ofMillis(400));
        assertThat(throttle.failed("a")).isEqualTo(Duration.ofMillis(800));
        assertThat(throttle.failed("a")).isEqualTo(Duration.ofMillis(1000));
        assertThat(throttle.failed("b")).isZero();
        assertThat(throttle.failures("a")).isEqualTo(8);
    }
}
