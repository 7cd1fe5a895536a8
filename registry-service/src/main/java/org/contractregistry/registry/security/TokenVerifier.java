package org.contractregistry.registry.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.access.Role;

/**
 * Verifies bearer JWTs from one OIDC issuer with Nimbus JOSE+JWT: signature against the issuer's JWKS (an
 * {@code http(s)} URL, fetched and refreshed by Nimbus, or a file), {@code iss}, {@code aud}, {@code exp} and
 * {@code nbf}; roles and team are read from configurable claims (a string or a list of strings).
 */
public final class TokenVerifier {
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.EdDSA);

    /** What the registry is told about its issuer. */
    public record Issuer(String issuer, String audience, String jwksLocation, String rolesClaim, String teamClaim,
            String principalClaim) {
    }

    private final Issuer config;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public TokenVerifier(Issuer config) {
        this.config = config;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys(config.jwksLocation())));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(config.audience(),
                new JWTClaimsSet.Builder().issuer(config.issuer()).build(), Set.of("exp", config.principalClaim())));
    }

    public String issuer() {
        return config.issuer();
    }

    private static JWKSource<SecurityContext> keys(String location) {
        try {
            if (location.startsWith("http://") || location.startsWith("https://")) {
                return JWKSourceBuilder.create(URI.create(location).toURL()).build();
            }
            File file = location.startsWith("file:") ? new File(URI.create(location)) : new File(location);
            return new ImmutableJWKSet<>(JWKSet.load(file));
        } catch (IOException | ParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("registry.auth.oidc.jwks-location '" + location
                    + "' is no readable JWKS: " + e.getMessage(), e);
        }
    }

    /** The identity a valid token names; {@link AuthenticationFailed} saying why otherwise. */
    public Identity verify(String token) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new AuthenticationFailed("bearer token is not a JWT", null);
        } catch (Exception e) { // BadJOSEException (signature, claims) and JOSEException (keys)
            throw new AuthenticationFailed("bearer token refused: " + e.getMessage(), null);
        }
        String principal = String.valueOf(claims.getClaim(config.principalClaim()));
        Set<Role> roles = roles(claims.getClaim(config.rolesClaim()));
        if (roles.isEmpty()) {
            throw new AuthenticationFailed("bearer token has no registry role in claim '" + config.rolesClaim()
                    + "' (admin, owner, producer, reader, auditor)", principal);
        }
        Object team = claims.getClaim(config.teamClaim());
        long expiry = claims.getExpirationTime().getTime();
        return new Identity(principal, Caller.Kind.TOKEN, team == null ? null : team.toString(), roles, expiry);
    }

    /** The registry roles among a claim's values (other values, such as the IdP's own groups, are ignored). */
    static Set<Role> roles(Object claim) {
        Collection<?> values = claim instanceof Collection<?> list ? list
                : claim == null ? List.of() : List.of(claim.toString().split("[ ,]+"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : values) {
            String name = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
