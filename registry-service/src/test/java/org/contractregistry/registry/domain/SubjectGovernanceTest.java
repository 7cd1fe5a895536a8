package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.contractregistry.registry.domain.access.Caller;
import org.contractregistry.registry.domain.access.Role;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** Governance metadata carried in Confluent's metadata: read back, searched, and a deprecated subject's refusal. */
class SubjectGovernanceTest {
    static final String V1 = RegistrationServiceTest.V1;
    static final String V2 = RegistrationServiceTest.V2;

    private final AtomicReference<Caller> caller = new AtomicReference<>(member("orders", Role.PRODUCER));
    private final Registry registry = Registry.audited(TestDatabases.h2(), new MutableClock(1_000), caller::get);

    private static Caller member(String team, Role role) {
        return new Caller(team + "-" + role, Caller.Kind.USER, team, Set.of(role), null, null);
    }

    private static JsonNode metadata(String json) {
        return Json.read(json);
    }

    private SubjectVersionView register(String subject, String schema, String metadataJson, boolean force) {
        return registry.registrations().register(QualifiedSubject.parse(subject), new SchemaDraft(schema, null,
                List.of(), metadataJson == null ? null : metadata(metadataJson), null, null, null), false, force);
    }

    private static final String ORDERS = "{\"properties\":{\"owner\":\"orders\",\"description\":\"Orders placed\","
            + "\"lifecycle\":\"active\",\"freshness\":\"PT1H\",\"tags\":\"sales, core\"},"
            + "\"tags\":{\"Order.email\":[\"PII\"],\"Order.total\":[\"confidential\"]},\"sensitive\":[\"owner\"]}";

    @Test
    void governanceIsReadFromConfluentMetadata() {
        SubjectGovernance g = SubjectGovernance.of("orders-value", 3, metadata(ORDERS));
        assertThat(g).isEqualTo(new SubjectGovernance("orders-value", 3, "orders", "Orders placed", "active", "PT1H",
                Set.of("sales", "core"), Map.of("PII", Set.of("Order.email"), "CONFIDENTIAL", Set.of("Order.total"))));
        assertThat(SubjectGovernance.of("s", 1, null).tags()).isEmpty();
    }

    @Test
    void subjectsAreFoundByOwnerTagSensitivityAndLifecycleAndPaged() {
        register("orders-value", V1, ORDERS, false);
        register("payments-value", V1, "{\"properties\":{\"owner\":\"payments\",\"lifecycle\":\"draft\"}}", false);
        register("plain-value", V1, null, false);
        SchemaCatalog catalog = registry.catalog();
        assertThat(names(SubjectGovernance.search(catalog, filter("ORDERS", null, null, null), 0, 10)))
                .containsExactly("orders-value");
        assertThat(names(SubjectGovernance.search(catalog, filter(null, "core", null, null), 0, 10)))
                .containsExactly("orders-value");
        assertThat(names(SubjectGovernance.search(catalog, filter(null, null, "pii", null), 0, 10)))
                .containsExactly("orders-value");
        assertThat(names(SubjectGovernance.search(catalog, filter(null, null, null, "draft"), 0, 10)))
                .containsExactly("payments-value");
        SubjectGovernance.Page first = SubjectGovernance.search(catalog, filter(null, null, null, null), 0, 2);
        assertThat(names(first)).containsExactly("orders-value", "payments-value");
        assertThat(first.next()).isEqualTo(2);
        assertThat(names(SubjectGovernance.search(catalog, filter(null, null, null, null), 2, 2)))
                .containsExactly("plain-value");
        assertThatThrownBy(() -> filter(null, null, "secret", null)).isInstanceOf(RegistryException.class)
                .hasMessageContaining("'sensitivity'");
    }

    @Test
    void aDeprecatedSubjectRefusesNewVersionsUnlessItsOwnerForcesThem() {
        register("orders-value", V1, ORDERS.replace("active", "deprecated"), false);
        assertThatThrownBy(() -> register("orders-value", V2, null, false))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.OPERATION_NOT_PERMITTED);
                    assertThat(e.getMessage()).isEqualTo("Subject 'orders-value' is deprecated (metadata property"
                            + " lifecycle=deprecated in version 1, owner team 'orders'): it takes no new versions"
                            + " unless its owner registers with force=true");
                });
        // a producer of the team, or another team's owner, cannot force it
        assertThatThrownBy(() -> register("orders-value", V2, null, true)).isInstanceOf(RegistryException.class);
        caller.set(member("payments", Role.OWNER));
        assertThatThrownBy(() -> register("orders-value", V2, null, true)).isInstanceOf(RegistryException.class);
        // re-registering what is there is no new version
        assertThat(register("orders-value", V1, null, false).version().version()).isEqualTo(1);
        caller.set(member("orders", Role.OWNER));
        assertThat(register("orders-value", V2, null, true).version().version()).isEqualTo(2);
        caller.set(member("ops", Role.ADMIN));
        assertThat(register("orders-value", RegistrationServiceTest.V1.replace("Order", "Order2"), null, true)
                .version().version()).isEqualTo(3);
    }

    private static SubjectGovernance.Filter filter(String owner, String tag, String sensitivity, String lifecycle) {
        return new SubjectGovernance.Filter(owner, tag, sensitivity, lifecycle);
    }

    private static List<String> names(SubjectGovernance.Page page) {
        return page.subjects().stream().map(SubjectGovernance::subject).toList();
    }
}
