package org.contractregistry.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.contractregistry.registry.store.PackagedRegistry;
import org.junit.jupiter.api.Test;

/** The open/loopback rule on the packaged app, started as README starts it, with only the environment changed. */
class OpenBindIT {

    private static Map<String, String> h2(String... more) {
        Path dir = Path.of("target", "open-bind-" + UUID.randomUUID());
        Map<String, String> env = new java.util.HashMap<>(Map.of("REGISTRY_DB_KIND", "h2", "REGISTRY_H2_URL",
                "jdbc:h2:file:" + dir.toAbsolutePath() + "/registry;DB_CLOSE_ON_EXIT=FALSE"));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @Test
    void shouldServeAnOpenRegistryOnLoopbackAndSayItIsOpen() throws Exception {
        try (PackagedRegistry registry = PackagedRegistry.start(h2(), List.of(), "open-bind-default").awaitReady()) {
            var whoami = PackagedRegistry.send("GET", registry.url() + "/api/v1/security/whoami", null, null);
            assertThat(whoami.statusCode()).isEqualTo(200);
            assertThat(whoami.body()).contains("\"open\":true").contains("\"principal\":\"anonymous\"");
        }
        assertThat(Files.readString(Path.of("target", "open-bind-default.log")))
                .contains("Registry is OPEN").contains("listening on 127.0.0.1 only");
    }

    @Test
    void shouldRefuseToStartOpenOnEveryAddressWithOneLine() {
        assertThatThrownBy(() -> PackagedRegistry.start(h2("REGISTRY_HOST", "0.0.0.0"), List.of(), "open-bind-refused")
                .awaitReady()).hasMessageContaining("Refusing to listen on 0.0.0.0 while the registry is open")
                .hasMessageContaining("REGISTRY_AUTH_ADMIN_PASSWORD");
    }

    @Test
    void shouldListenEverywhereWhenOpenOnPurposeOrSecured() throws Exception {
        try (PackagedRegistry open = PackagedRegistry.start(h2("REGISTRY_HOST", "0.0.0.0", "REGISTRY_AUTH_MODE",
                "open"), List.of(), "open-bind-on-purpose").awaitReady()) {
            assertThat(PackagedRegistry.send("GET", open.url() + "/subjects", null, null).statusCode()).isEqualTo(200);
        }
        try (PackagedRegistry secured = PackagedRegistry.start(h2("REGISTRY_HOST", "0.0.0.0",
                "REGISTRY_AUTH_ADMIN_PASSWORD", "it-admin-secret"), List.of(), "open-bind-secured").awaitReady()) {
            var anonymous = PackagedRegistry.send("GET", secured.url() + "/subjects", null, null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.body()).contains("40101");
        }
    }
}
