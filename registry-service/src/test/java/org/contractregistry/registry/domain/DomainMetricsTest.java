package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.contractregistry.registry.domain.metrics.RegistryMetrics;
import org.contractregistry.registry.store.TestDatabases;
import org.junit.jupiter.api.Test;

/** What the services tell the metrics port, on a real (in-memory H2) database, without Quarkus. */
class DomainMetricsTest {
    private final Recorded recorded = new Recorded();
    private final Registry registry = Registry.over(TestDatabases.h2(), new MutableClock(1_000), recorded);

    private void register(String subject, String schema, String type) {
        registry.registrations().register(QualifiedSubject.parse(subject), SchemaDraft.of(schema, type), false, false);
    }

    @Test
    void registrationsAreCountedNewExistingOrRefusedByFormatAndTheRefusalByRule() {
        register("orders-value", RegistrationServiceTest.V1, null);
        register("orders-value", RegistrationServiceTest.V1, "AVRO");
        register("orders-value", RegistrationServiceTest.V2, null);
        assertThatThrownBy(() -> register("orders-value", RegistrationServiceTest.BREAKING, null))
                .isInstanceOf(RegistryException.class);
        assertThatThrownBy(() -> register("other", "{}", "XML")).isInstanceOf(RegistryException.class);

        assertThat(recorded.events).containsExactly("registration AVRO NEW", "registration AVRO EXISTING",
                "registration AVRO NEW", "incompatibility REGISTRATION READER_FIELD_MISSING_DEFAULT_VALUE",
                "registration AVRO REFUSED", "registration OTHER REFUSED");
    }

    @Test
    void checksAreCountedByVerdictAndTheirFindingsByRule() {
        register("orders-value", RegistrationServiceTest.V1, null);
        QualifiedSubject subject = QualifiedSubject.parse("orders-value");
        recorded.events.clear();
        registry.compatibility().check(subject, null, SchemaDraft.of(RegistrationServiceTest.V2, null), false, false);
        registry.compatibility().check(subject, null, SchemaDraft.of(RegistrationServiceTest.BREAKING, null), false,
                false);

        assertThat(recorded.events).containsExactly("check true", "check false",
                "incompatibility CHECK READER_FIELD_MISSING_DEFAULT_VALUE");
    }

    @Test
    void deletionsCountTheVersionsTheyRemoved() {
        register("d", RegistrationServiceTest.V1, null);
        register("d", RegistrationServiceTest.V2, null);
        recorded.events.clear();
        QualifiedSubject subject = QualifiedSubject.parse("d");
        registry.deletions().deleteVersion(subject, VersionSpec.parse("2"), false);
        registry.deletions().deleteSubject(subject, false);
        registry.deletions().deleteSubject(subject, true);

        assertThat(recorded.events).containsExactly("deletion false 1", "deletion false 1", "deletion true 2");
    }

    /** The port's calls, in order, as text. */
    private static final class Recorded implements RegistryMetrics {
        final List<String> events = new ArrayList<>();

        @Override
        public void registration(String format, Registration outcome) {
            events.add("registration " + format + " " + outcome);
        }

        @Override
        public void compatibilityCheck(boolean compatible) {
            events.add("check " + compatible);
        }

        @Override
        public void incompatibility(Judged by, String ruleId) {
            events.add("incompatibility " + by + " " + ruleId);
        }

        @Override
        public void deletion(boolean permanent, int versions) {
            events.add("deletion " + permanent + " " + versions);
        }

        @Override
        public void lineageEventIngested() {
            events.add("ingested");
        }

        @Override
        public void lineageEventRefused(String reason) {
            events.add("refused " + reason);
        }

        @Override
        public void driftFinding(String kind) {
            events.add("drift " + kind);
        }

        @Override
        public void auditAppended(String operation) {
            events.add("audit " + operation);
        }
    }
}
