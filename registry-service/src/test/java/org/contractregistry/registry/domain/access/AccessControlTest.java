package org.contractregistry.registry.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistryException;
import org.junit.jupiter.api.Test;

class AccessControlTest {
    private static final Team ORDERS = new Team("orders", List.of("orders.", ":.shared:orders."),
            List.of(":.payments:"));
    private static final TeamDirectory TEAMS = name -> Optional.ofNullable(Map.of("orders", ORDERS).get(name));
    private static final QualifiedSubject OWN = QualifiedSubject.parse("orders.created-value");
    private static final QualifiedSubject OWN_IN_CONTEXT = QualifiedSubject.parse(":.payments:refunds-value");
    private static final QualifiedSubject OTHER = QualifiedSubject.parse("billing.invoice-value");

    private static AccessControl as(Role role, String team) {
        Caller caller = new Caller("alice", Caller.Kind.USER, team, Set.of(role), "r-1", "10.0.0.1");
        return new AccessControl(() -> caller, TEAMS);
    }

    @Test
    void shouldLetAProducerRegisterOnlyUnderItsTeamsSubjects() {
        AccessControl producer = as(Role.PRODUCER, "orders");
        assertThat(producer.require(Permission.REGISTER, OWN).principal()).isEqualTo("alice");
        producer.require(Permission.REGISTER, OWN_IN_CONTEXT);
        producer.require(Permission.REGISTER, QualifiedSubject.parse(":.shared:orders.x"));
        assertRefused(() -> producer.require(Permission.REGISTER, OTHER),
                "User 'alice' (producer of team 'orders') lacks permission 'subject.register' on subject"
                        + " 'billing.invoice-value'");
        assertRefused(() -> producer.require(Permission.MANAGE_SUBJECT, OWN), "'subject.manage'");
        assertRefused(() -> producer.require(Permission.REGISTER, QualifiedSubject.parse(":.shared:billing.x")),
                ":.shared:billing.x");
    }

    @Test
    void shouldLetAnOwnerManageWhatItsTeamOwnsAndNothingGlobal() {
        AccessControl owner = as(Role.OWNER, "orders");
        owner.require(Permission.MANAGE_SUBJECT, OWN);
        owner.require(Permission.MANAGE_CONTEXT, AccessTarget.context(".payments"));
        owner.require(Permission.MANAGE_KEYS, AccessTarget.team("orders"));
        assertRefused(() -> owner.require(Permission.MANAGE_KEYS, AccessTarget.team("billing")), "team 'billing'");
        assertRefused(() -> owner.require(Permission.ADMINISTER, OWN), "'registry.admin'");
        assertRefused(() -> owner.require(Permission.MANAGE_CONTEXT, QualifiedSubject.contextScope(".shared")),
                "context '.shared'");
        assertRefused(() -> owner.require(Permission.ADMINISTER, AccessTarget.REGISTRY), "on the registry");
    }

    @Test
    void shouldNotLetATeamRoleWithoutATeamWriteAnything() {
        assertRefused(() -> as(Role.OWNER, null).require(Permission.REGISTER, OWN), "(owner)");
        assertRefused(() -> as(Role.OWNER, "unknown-team").require(Permission.REGISTER, OWN), "unknown-team");
    }

    @Test
    void shouldLetReadersAndAuditorsReadOnly() {
        for (Role role : List.of(Role.READER, Role.AUDITOR)) {
            AccessControl reader = as(role, null);
            reader.require(Permission.READ, OTHER);
            assertRefused(() -> reader.require(Permission.REGISTER, OTHER), "subject.register");
            assertRefused(() -> reader.require(Permission.INGEST_LINEAGE, AccessTarget.REGISTRY), "lineage.ingest");
        }
        as(Role.AUDITOR, null).require(Permission.READ_AUDIT, AccessTarget.REGISTRY);
        assertRefused(() -> as(Role.READER, null).require(Permission.READ_AUDIT, AccessTarget.REGISTRY),
                "audit.read");
    }

    @Test
    void shouldLetAnAdminAndTheOpenRegistryDoEverything() {
        for (Permission permission : Permission.values()) {
            as(Role.ADMIN, null).require(permission, OTHER);
            AccessControl.OPEN.require(permission, OTHER);
            new AccessControl(() -> Caller.anonymous("r", "127.0.0.1"), TeamDirectory.NONE).require(permission, OTHER);
        }
    }

    @Test
    void shouldGiveEveryRoleARowInBothTables() {
        for (Role role : Role.values()) {
            assertThat(Grants.ANYWHERE).containsKey(role);
            assertThat(Grants.ON_OWN_TEAM).containsKey(role);
        }
        assertThat(Grants.needsTeam(Role.OWNER)).isTrue();
        assertThat(Grants.needsTeam(Role.PRODUCER)).isTrue();
        assertThat(Grants.needsTeam(Role.READER)).isFalse();
    }

    private static void assertRefused(Runnable call, String messagePart) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RegistryException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
