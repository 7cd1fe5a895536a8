package org.contractregistry.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.access.Role;
import org.contractregistry.registry.domain.access.Team;
import org.contractregistry.registry.domain.audit.AuditEvent;
import org.contractregistry.registry.domain.audit.AuditTrail;
import org.contractregistry.registry.security.SecurityService.KeyRequest;
import org.contractregistry.registry.security.SecurityService.UserChange;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

class SecurityServiceTest {
    private final DataSource db = TestDatabases.h2();
    private final List<String> audited = new ArrayList<>();
    private final AuditTrail audit = (connection, caller, event) -> audited.add(caller.principal() + " "
            + event.operation() + " " + event.target());
    private Caller caller = Caller.system();
    private final SecurityService security = new SecurityService(db, new PasswordHashing(4),
            new AccessControl(() -> caller, new TeamCache(db, java.time.Duration.ZERO)), audit, Clock.systemUTC(),
            () -> { });

    @Test
    void shouldAuditEveryChangeWithItsCaller() {
        security.putTeam(new Team("orders", List.of("orders."), List.of()));
        security.putUser("alice", new UserChange("alice-password", "owner", "orders"));
        security.putUser("alice", new UserChange(null, "producer", "orders"));
        var key = security.createKey(new KeyRequest("producer", "orders", "ci", null));
        security.revokeKey(key.id());
        security.deleteUser("alice");
        security.loginFailed("mallory", "wrong user name or password", "r-9", "10.0.0.9");
        assertThat(audited).containsExactly("system team.create team:orders", "system user.create user:alice",
                "system user.update user:alice", "system key.create key:" + key.id(),
                "system key.revoke key:" + key.id(), "system user.delete user:alice",
                "mallory login.failure mallory");
    }

    @Test
    void shouldNeverAnswerAHash() {
        var user = security.putUser("bob", new UserChange("bob-password", "reader", null));
        assertThat(user.toString()).doesNotContain("$2b$");
        var key = security.createKey(new KeyRequest("reader", null, null, null));
        assertThat(key.key().toString()).doesNotContain("$2b$").doesNotContain(key.secret());
    }

    @Test
    void shouldRefuseBadUsersWithTheirProblem() {
        assertRefused(() -> security.putUser("carol", new UserChange("short", "reader", null)), "8 to 72 bytes");
        assertRefused(() -> security.putUser("carol", new UserChange(null, "reader", null)), "needs a password");
        assertRefused(() -> security.putUser("carol", new UserChange("long-enough", "owner", null)),
                "acts for a team");
        assertRefused(() -> security.putUser("carol", new UserChange("long-enough", "owner", "nope")),
                "team 'nope' does not exist");
        assertRefused(() -> security.putUser("carol", new UserChange("long-enough", "boss", null)), "'boss'");
        assertRefused(() -> security.putUser("ak-0123456789abcdef", new UserChange("long-enough", "reader", null)),
                "API key id");
        assertRefused(() -> security.putUser("bad name", new UserChange("long-enough", "reader", null)),
                "'bad name'");
    }

    @Test
    void shouldLetAnOwnerManageOnlyItsTeamsKeys() {
        security.putTeam(new Team("orders", List.of("orders."), List.of()));
        security.putTeam(new Team("billing", List.of("billing."), List.of()));
        caller = new Caller("olivia", Caller.Kind.USER, "orders", Set.of(Role.OWNER), null, null);
        var key = security.createKey(new KeyRequest("producer", "orders", null, null));
        assertThat(security.keys("orders")).extracting(k -> k.id()).containsExactly(key.id());
        assertForbidden(() -> security.createKey(new KeyRequest("producer", "billing", null, null)));
        assertForbidden(() -> security.createKey(new KeyRequest("auditor", "orders", null, null)));
        assertForbidden(() -> security.keys(null));
        assertForbidden(() -> security.putTeam(new Team("orders", List.of("*"), List.of())));
        assertForbidden(() -> security.users());
        security.revokeKey(key.id());
    }

    @Test
    void shouldKeepATeamWhileAnyoneActsForIt() {
        security.putTeam(new Team("orders", List.of("orders."), List.of()));
        security.putUser("dave", new UserChange("dave-password", "producer", "orders"));
        assertThatThrownBy(() -> security.deleteTeam("orders")).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.OPERATION_NOT_PERMITTED));
        security.deleteUser("dave");
        security.deleteTeam("orders");
        assertThat(security.teams()).isEmpty();
    }

    private static void assertRefused(Runnable call, String part) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RegistryException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.UNPROCESSABLE_REQUEST);
            assertThat(e.getMessage()).contains(part);
        });
    }

    private static void assertForbidden(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.FORBIDDEN));
    }
}
