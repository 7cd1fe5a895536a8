package org.contractregistry.registry.infra;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** Identities ({@code registry.auth.*}); application.properties names the environment variables. */
@ConfigMapping(prefix = "registry.auth")
public interface AuthSettings {

    /**
     * {@code auto}: the registry is open (anonymous callers may do everything) only while no user, key or issuer is
     * configured, and then listens on loopback only. {@code open}: open on purpose, whatever credentials exist, on
     * any address.
     */
    @WithDefault("auto")
    String mode();

    /** Creates or updates the user {@code admin} (role admin) at start. */
    Optional<String> adminPassword();

    /** bcrypt cost (log2 rounds) of new password and key hashes. */
    @WithName("bcrypt-cost")
    @WithDefault("10")
    int bcryptCost();

    /** How long a verified credential, a team's scopes and the open state are trusted before being read again. */
    @WithName("cache-seconds")
    @WithDefault("30")
    int cacheSeconds();

    Failures failures();

    Oidc oidc();

    interface Failures {
        /** Failures from one address answered at once; each further one waits twice as long as the one before. */
        @WithDefault("5")
        int free();

        @WithName("base-delay-millis")
        @WithDefault("250")
        long baseDelayMillis();

        @WithName("max-delay-millis")
        @WithDefault("5000")
        long maxDelayMillis();

        /** An address's count is forgotten after this long without failures. */
        @WithName("window-seconds")
        @WithDefault("300")
        long windowSeconds();
    }

    interface Oidc {
        /** The {@code iss} accepted; bearer tokens are refused while unset. */
        Optional<String> issuer();

        /** The {@code aud} required. */
        Optional<String> audience();

        /** The issuer's JWKS: an http(s) URL or a file. */
        @WithName("jwks-location")
        Optional<String> jwksLocation();

        /** Claim holding registry roles (a list or a space/comma-separated string). */
        @WithName("roles-claim")
        @WithDefault("roles")
        String rolesClaim();

        /** Claim holding the team the caller acts for. */
        @WithName("team-claim")
        @WithDefault("team")
        String teamClaim();

        /** Claim naming the caller. */
        @WithName("principal-claim")
        @WithDefault("sub")
        String principalClaim();
    }
}
