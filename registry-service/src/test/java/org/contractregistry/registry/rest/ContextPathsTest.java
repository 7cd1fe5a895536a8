package org.contractregistry.registry.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ContextPathsTest {

    private static String rewrite(String path) {
        return ContextPaths.rewrite(URI.create("http://h:1" + path)).map(URI::toString).orElse("unchanged");
    }

    @Test
    void subjectPathsGetTheQualifiedSubject() {
        assertThat(rewrite("/contexts/.prod/subjects/orders/versions/1"))
                .isEqualTo("http://h:1/subjects/:.prod:orders/versions/1");
        assertThat(rewrite("/contexts/prod/subjects/orders")).isEqualTo("http://h:1/subjects/:.prod:orders");
    }

    @Test
    void listingsAndScopesGetThePrefixOrTheContextScope() {
        assertThat(rewrite("/contexts/.prod/subjects")).isEqualTo("http://h:1/subjects?subjectPrefix=%3A.prod%3A");
        assertThat(rewrite("/contexts/.prod/config")).isEqualTo("http://h:1/config/:.prod:");
        assertThat(rewrite("/contexts/.prod/schemas/ids/3?fetchMaxId=true"))
                .isEqualTo("http://h:1/schemas/ids/3?fetchMaxId=true&subject=%3A.prod%3A");
    }

    @Test
    void theParametersTheRequestCarriesAreQualifiedNotDoubled() {
        assertThat(rewrite("/contexts/.ctx1/schemas/ids/6?subject=orders-value"))
                .isEqualTo("http://h:1/schemas/ids/6?subject=%3A.ctx1%3Aorders-value");
        assertThat(rewrite("/contexts/.ctx1/schemas/ids/6/versions?subject=a&subject=b&deleted=true"))
                .isEqualTo("http://h:1/schemas/ids/6/versions?subject=%3A.ctx1%3Aa&deleted=true");
        assertThat(rewrite("/contexts/.ctx1/schemas/ids/6?subject=%3A.other%3Ax"))
                .isEqualTo("http://h:1/schemas/ids/6?subject=%3A.other%3Ax");
        assertThat(rewrite("/contexts/.ctx1/subjects?subjectPrefix=ord&deleted=true"))
                .isEqualTo("http://h:1/subjects?subjectPrefix=%3A.ctx1%3Aord&deleted=true");
        assertThat(rewrite("/contexts/.ctx1/subjects?subjectPrefix="))
                .isEqualTo("http://h:1/subjects?subjectPrefix=%3A.ctx1%3A");
        assertThat(rewrite("/contexts/.ctx1/schemas?subjectPrefix=ord&subjectPrefix=pay"))
                .isEqualTo("http://h:1/schemas?subjectPrefix=%3A.ctx1%3Aord&subjectPrefix=%3A.ctx1%3Apay");
        assertThat(rewrite("/contexts/.ctx1/schemas/guids/abc")).isEqualTo("http://h:1/schemas/guids/abc");
        assertThat(rewrite("/contexts/.ctx1/subjects/:.other:x/versions"))
                .isEqualTo("http://h:1/subjects/:.other:x/versions");
    }

    @Test
    void otherPathsAreLeftAlone() {
        assertThat(rewrite("/contexts")).isEqualTo("unchanged");
        assertThat(rewrite("/subjects/a")).isEqualTo("unchanged");
    }

    @Test
    void theContextSegmentIsPercentDecodedOnce() {
        assertThat(rewrite("/contexts/%2Eprod/subjects")).isEqualTo("http://h:1/subjects?subjectPrefix=%3A.prod%3A");
        assertThat(rewrite("/contexts/my%20ctx/config")).isEqualTo("http://h:1/config/:.my%20ctx:");
    }
}
