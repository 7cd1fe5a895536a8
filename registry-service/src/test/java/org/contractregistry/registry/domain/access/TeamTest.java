package org.contractregistry.registry.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistryException;
import org.junit.jupiter.api.Test;

class TeamTest {

    @Test
    void shouldOwnSubjectsByWirePrefixAndWholeContexts() {
        Team team = new Team("t", List.of("orders."), List.of(":.payments:", "audit"));
        assertThat(team.contexts()).containsExactly(".payments", ".audit");
        assertThat(team.owns(QualifiedSubject.parse("orders.created"))).isTrue();
        assertThat(team.owns(QualifiedSubject.parse("ordersx"))).isFalse();
        assertThat(team.owns(QualifiedSubject.parse(":.other:orders.created"))).isFalse();
        assertThat(team.owns(QualifiedSubject.parse(":.payments:anything"))).isTrue();
        assertThat(team.owns(QualifiedSubject.contextScope(".payments"))).isTrue();
        assertThat(team.owns(QualifiedSubject.contextScope("."))).isFalse();
    }

    @Test
    void shouldRefuseAContextThatIsNoContextName() {
        assertThatThrownBy(() -> new Team("t", List.of(), List.of(":.a:b"))).isInstanceOf(RegistryException.class)
                .hasMessageContaining(":.a:b");
    }
}
