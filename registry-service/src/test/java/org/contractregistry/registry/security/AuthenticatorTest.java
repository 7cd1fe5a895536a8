package org.contractregistry.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.access.Role;
import org.contractregistry.registry.domain.access.Team;
import org.contractregistry.registry.domain.audit.AuditTrail;
import org.contractregistry.registry.security.SecurityService.KeyRequest;
import org.contractregistry.registry.security.SecurityService.UserChange;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** Users, keys and tokens over a real H2 database, without Quarkus. */
class AuthenticatorTest {
    private final DataSource db = TestDatabases.h2();
    private final PasswordHashing hashing = new PasswordHashing(4);
    private final MutableTime time = new MutableTime();
    private final Authenticator authenticator = new Authenticator(db, hashing, tokens(), time, Duration.ofSeconds(30));
    private final SecurityService security = new SecurityService(db, hashing, AccessControl.OPEN, AuditTrail.NONE,
            time, authenticator::forgetAll);

    private static TokenVerifier tokens() {
        return new TokenVerifier(new TokenVerifier.Issuer(TestIssuer.ISSUER, TestIssuer.AUDIENCE,
                TestIssuer.jwksLocation(), "roles", "team", "sub"));
    }

    private static String basic(String name, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldBeOpenOnlyWithoutCredentialsAndIssuer() {
        Authenticator noIssuer = new Authenticator(db, hashing, null, time, Duration.ofSeconds(30));
        assertThat(noIssuer.open()).isTrue();
        assertThat(authenticator.open()).isFalse(); // an issuer is configured
        security.ensureAdmin("admin-password");
        assertThat(noIssuer.open()).as("within the TTL").isTrue();
        time.advance(Duration.ofSeconds(31));
        assertThat(noIssuer.open()).isFalse();
    }

    @Test
    void shouldVerifyAUsersPasswordAndCacheIt() {
        security.ensureAdmin("admin-password");
        Identity admin = authenticator.authenticate(basic("admin", "admin-password"));
        assertThat(admin).isEqualTo(new Identity("admin", Caller.Kind.USER, null, Set.of(Role.ADMIN), Long.MAX_VALUE));
        assertThatThrownBy(() -> authenticator.authenticate(basic("admin", "wrong-password")))
                .isInstanceOfSatisfying(AuthenticationFailed.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("wrong user name or password");
                    assertThat(e.claimedName()).isEqualTo("admin");
                });
        assertThatThrownBy(() -> authenticator.authenticate(basic("ghost", "admin-password")))
                .isInstanceOf(AuthenticationFailed.class);
        assertThatThrownBy(() -> authenticator.authenticate("Basic %%%")).hasMessageContaining("base64");
        assertThatThrownBy(() -> authenticator.authenticate("Digest x")).hasMessageContaining("Digest");
    }

    @Test
    void shouldForgetACachedPasswordWhenItChanges() {
        security.ensureAdmin("first-password");
        authenticator.authenticate(basic("admin", "first-password"));
        security.ensureAdmin("second-password");
        assertThatThrownBy(() -> authenticator.authenticate(basic("admin", "first-password")))
                .isInstanceOf(AuthenticationFailed.class);
        assertThat(authenticator.authenticate(basic("admin", "second-password")).principal()).isEqualTo("admin");
    }

    @Test
    void shouldHonourKeyExpiryAndRevocation() {
        security.putTeam(new Team("orders", List.of("orders."), List.of()));
        var key = security.createKey(new KeyRequest("producer", "orders", "ci", time.millis() + 60_000));
        assertThat(key.id()).matches(Authenticator.KEY_ID);
        Identity identity = authenticator.authenticate(basic(key.id(), key.secret()));
        assertThat(identity.kind()).isEqualTo(Caller.Kind.API_KEY);
        assertThat(identity.team()).isEqualTo("orders");
        assertThat(identity.roles()).containsExactly(Role.PRODUCER);
        assertThatThrownBy(() -> authenticator.authenticate(basic(key.id(), key.secret() + "x")))
                .hasMessageContaining("wrong secret");

        time.advance(Duration.ofSeconds(61)); // the cached identity expires with the key
        assertThatThrownBy(() -> authenticator.authenticate(basic(key.id(), key.secret())))
                .hasMessage("API key expired");

        var other = security.createKey(new KeyRequest("reader", null, null, null));
        authenticator.authenticate(basic(other.id(), other.secret()));
        security.revokeKey(other.id());
        assertThatThrownBy(() -> authenticator.authenticate(basic(other.id(), other.secret())))
                .hasMessage("API key revoked");
    }

    @Test
    void shouldReadRolesAndTeamFromATokensClaims() {
        Identity identity = authenticator.authenticate("Bearer " + TestIssuer.token("ci-bot", List.of("owner",
                "uma_authorization"), "orders"));
        assertThat(identity.principal()).isEqualTo("ci-bot");
        assertThat(identity.kind()).isEqualTo(Caller.Kind.TOKEN);
        assertThat(identity.roles()).containsExactly(Role.OWNER);
        assertThat(identity.team()).isEqualTo("orders");
        assertThat(TokenVerifier.roles("reader auditor")).containsExactlyInAnyOrder(Role.READER, Role.AUDITOR);
    }

    @Test
    void shouldRefuseBearerTokensWithoutAnIssuer() {
        Authenticator noIssuer = new Authenticator(db, hashing, null, time, Duration.ofSeconds(30));
        assertThatThrownBy(() -> noIssuer.authenticate("Bearer " + TestIssuer.token("x", List.of("admin"), null)))
                .hasMessageContaining("no OIDC issuer");
    }

    /** A clock the test moves. */
    static final class MutableTime extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
