package org.contractregistry.maven.subject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectKeysTest {
    @Test
    void decodesConfluentsEscapes() {
        assertThat(SubjectKeys.decode("_x3A.staging_x3Aorders-value")).isEqualTo(":.staging:orders-value");
        assertThat(SubjectKeys.decode("acme_x2Fmoney.proto")).isEqualTo("acme/money.proto");
    }

    @Test
    void leavesPlainNamesAndNonEscapesAlone() {
        assertThat(SubjectKeys.decode("orders-value")).isEqualTo("orders-value");
        assertThat(SubjectKeys.decode("tax_xyz+1%-value")).isEqualTo("tax_xyz+1%-value");
        assertThat(SubjectKeys.decode("a+b_x2Fc%d")).isEqualTo("a+b/c%d");
    }
}
