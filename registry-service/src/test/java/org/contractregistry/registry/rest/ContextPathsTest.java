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
