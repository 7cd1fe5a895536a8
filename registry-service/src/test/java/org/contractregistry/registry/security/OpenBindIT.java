package org.contractregistry.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    void shouldRefuseToStartOpenOnEveryAddressWithOneLine() throws Exception {
        PackagedRegistry refused = PackagedRegistry.start(h2("REGISTRY_HOST", "0.0.0.0"), List.of(),
                "open-bind-refused");
        assertThat(refused.awaitExit(Duration.ofSeconds(120))).as("the refused instance exits").isTrue();
        assertThat(refused.exitValue()).isEqualTo(1);
        List<String> output = Files.readAllLines(refused.log());
        assertThat(output).filteredOn(line -> line.contains("Refusing")).singleElement().asString()
                .startsWith("Refusing to listen on 0.0.0.0 while the registry is open")
                .contains("REGISTRY_AUTH_ADMIN_PASSWORD");
        assertThat(output).as("no stack trace, no 'Failed to start' log record")
                .noneMatch(line -> line.startsWith("\tat ") || line.contains("Failed to start"));
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
