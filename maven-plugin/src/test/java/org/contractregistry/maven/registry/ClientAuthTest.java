package org.contractregistry.maven.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientAuthTest {

    @Test
    void shouldSendUserInfoConfigAsBasic() {
        assertThat(ClientAuth.headers("ci:s3cret", null)).containsExactly(Map.entry("Authorization",
                "Basic Y2k6czNjcmV0"));
        assertThat(ClientAuth.headers(null, Map.of("basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "ci:s3cret"))).containsEntry("Authorization", "Basic Y2k6czNjcmV0");
        assertThat(ClientAuth.headers(null, Map.of("schema.registry.basic.auth.user.info", "ci:s3cret")))
                .containsEntry("Authorization", "Basic Y2k6czNjcmV0");
        assertThat(ClientAuth.headers(" ", Map.of())).isEmpty();
    }

    @Test
    void shouldSendAStaticBearerTokenWithConfluentsHeaders() {
        assertThat(ClientAuth.headers(null, Map.of("bearer.auth.credentials.source", "STATIC_TOKEN",
                "bearer.auth.token", "eyJ.x.y", "bearer.auth.logical.cluster", "lsrc-1",
                "bearer.auth.identity.pool.id", "pool-1"))).containsExactly(
                Map.entry("Authorization", "Bearer eyJ.x.y"), Map.entry("target-sr-cluster", "lsrc-1"),
                Map.entry("Confluent-Identity-Pool-Id", "pool-1"));
    }

    @Test
    void shouldNameTheSettingThatIsWrongOrMissing() {
        assertThatThrownBy(() -> ClientAuth.headers(null, Map.of("bearer.auth.credentials.source", "STATIC_TOKEN")))
                .hasMessageContaining("bearer.auth.token");
        assertThatThrownBy(() -> ClientAuth.headers(null, Map.of("bearer.auth.credentials.source", "OAUTHBEARER",
                "bearer.auth.token", "t"))).hasMessageContaining("OAUTHBEARER");
        assertThatThrownBy(() -> ClientAuth.headers("a:b", Map.of("bearer.auth.credentials.source", "STATIC_TOKEN",
                "bearer.auth.token", "t"))).hasMessageContaining("give one");
        assertThatThrownBy(() -> ClientAuth.headers(null, Map.of("basic.auth.credentials.source", "SASL_INHERIT")))
                .hasMessageContaining("SASL_INHERIT");
        assertThatThrownBy(() -> ClientAuth.headers("no-colon", null)).hasMessageContaining("user:password");
    }
}
