package org.contractregistry.registry.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A secured registry: the admin from REGISTRY_AUTH_ADMIN_PASSWORD, bearer tokens from {@link TestIssuer}. */
public class SecuredProfile implements QuarkusTestProfile {
    public static final String ADMIN_PASSWORD = "admin-secret-1";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // Its own database: the open tests share registry-test, where no user may exist.
                "quarkus.datasource.h2.jdbc.url", "jdbc:h2:mem:registry-secured;DB_CLOSE_DELAY=-1",
                "registry.auth.mode", "auto",
                "registry.auth.admin-password", ADMIN_PASSWORD,
                "registry.auth.oidc.issuer", TestIssuer.ISSUER,
                "registry.auth.oidc.audience", TestIssuer.AUDIENCE,
                "registry.auth.oidc.jwks-location", TestIssuer.jwksLocation(),
                "registry.auth.failures.free", "1000");
    }
}
