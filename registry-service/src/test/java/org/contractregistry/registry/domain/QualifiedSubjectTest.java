package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QualifiedSubjectTest {

    @Test
    void bareNameLivesInTheDefaultContext() {
        QualifiedSubject s = QualifiedSubject.parse("orders-value");
        assertThat(s.context()).isEqualTo(".");
        assertThat(s.qualified()).isEqualTo("orders-value");
    }

    @Test
    void prefixedNameCarriesItsContext() {
        QualifiedSubject s = QualifiedSubject.parse(":.prod:orders-value");
        assertThat(s.context()).isEqualTo(".prod");
        assertThat(s.name()).isEqualTo("orders-value");
        assertThat(s.qualified()).isEqualTo(":.prod:orders-value");
    }

    @Test
    void explicitDefaultContextIsTheBareName() {
        assertThat(QualifiedSubject.parse(":.:orders").qualified()).isEqualTo("orders");
    }

    @Test
    void referenceWithoutContextResolvesInTheReferrersContext() {
        QualifiedSubject referrer = QualifiedSubject.parse(":.prod:orders");
        assertThat(referrer.resolveReference("customer")).isEqualTo(new QualifiedSubject(".prod", "customer"));
        assertThat(referrer.resolveReference(":.dev:customer")).isEqualTo(new QualifiedSubject(".dev", "customer"));
    }

    @Test
    void controlCharactersReservedNamesAndOverlongNamesAre42208() {
        for (String bad : new String[] {"a\u0001b", "__GLOBAL", "__EMPTY", "x".repeat(601), ":.unterminated"}) {
            assertThatThrownBy(() -> QualifiedSubject.parse(bad)).isInstanceOfSatisfying(RegistryException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SUBJECT));
        }
    }

    @Test
    void aContextIsNamedWithOrWithoutItsDotAndDelimiters() {
        for (String named : new String[] {".prod", "prod", ":.prod:"}) {
            assertThat(QualifiedSubject.parseContext(named)).as(named).isEqualTo(".prod");
        }
        assertThat(QualifiedSubject.parseContext(".")).isEqualTo(".");
        assertThat(QualifiedSubject.parseContext(":.:")).isEqualTo(".");
        for (String bad : new String[] {"", ":.prod:orders", "a:b", ":.unterminated", "c\u0001"}) {
            assertThatThrownBy(() -> QualifiedSubject.parseContext(bad)).as(bad)
                    .isInstanceOfSatisfying(RegistryException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_SUBJECT));
        }
    }
}
