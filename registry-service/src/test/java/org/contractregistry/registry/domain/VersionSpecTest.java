package org.contractregistry.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionSpecTest {

    @Test
    void latestAndMinusOneMeanLatest() {
        assertThat(VersionSpec.parse("latest").isLatest()).isTrue();
        assertThat(VersionSpec.parse("-1").isLatest()).isTrue();
        assertThat(VersionSpec.parse("2147483647").number()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void zeroOtherNegativesAndWordsAre42202() {
        for (String bad : new String[] {"0", "-2", "earliest", "2147483648", "", "latest\u0000", " 1", "1 ", "+-1"}) {
            assertThatThrownBy(() -> VersionSpec.parse(bad)).isInstanceOfSatisfying(RegistryException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VERSION));
        }
    }

    @Test
    void httpStatusIsTheFirstThreeDigitsOfTheCode() {
        assertThat(ErrorCode.SUBJECT_NOT_FOUND.httpStatus()).isEqualTo(404);
        assertThat(ErrorCode.INCOMPATIBLE_SCHEMA.httpStatus()).isEqualTo(409);
        assertThat(ErrorCode.INVALID_SCHEMA.httpStatus()).isEqualTo(422);
        assertThat(ErrorCode.REQUEST_TOO_LARGE.httpStatus()).isEqualTo(413);
    }
}
