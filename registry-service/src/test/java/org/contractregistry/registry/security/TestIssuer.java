package org.contractregistry.registry.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * An OIDC issuer of the tests' own: an RSA key pair made once per JVM, its public half published as a JWKS file,
 * and tokens signed with the private half. No outside identity provider.
 */
public final class TestIssuer {
    public static final String ISSUER = "https://issuer.test/realms/registry";
    public static final String AUDIENCE = "contract-registry";
    private static final RSAKey KEY = generate("test-key-1");
    private static final RSAKey STRANGER = generate("test-key-1"); // same kid, other key: a forged token
    private static final Path JWKS = publish();

    private TestIssuer() {
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path publish() {
        try {
            Path file = Files.createTempFile("registry-test-jwks", ".json");
            Files.writeString(file, new JWKSet(KEY.toPublicJWK()).toString());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String jwksLocation() {
        return JWKS.toString();
    }

    /** A token for {@code subject} with {@code roles} and {@code team} (null: no team claim), valid for an hour. */
    public static String token(String subject, List<String> roles, String team) {
        return sign(KEY, claims(subject, roles, team, ISSUER, AUDIENCE, Instant.now().plusSeconds(3600)));
    }

    public static JWTClaimsSet.Builder claims(String subject, List<String> roles, String team, String issuer,
            String audience, Instant expiry) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer(issuer).audience(audience)
                .expirationTime(Date.from(expiry)).issueTime(new Date()).claim("roles", roles);
        return team == null ? claims : claims.claim("team", team);
    }

    public static String sign(JWTClaimsSet.Builder claims) {
        return sign(KEY, claims);
    }

    /** Signed by a key the issuer never published. */
    public static String forged(JWTClaimsSet.Builder claims) {
        return sign(STRANGER, claims);
    }

    private static String sign(RSAKey key, JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
