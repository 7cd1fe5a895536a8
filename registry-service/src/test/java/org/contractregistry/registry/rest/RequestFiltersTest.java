package org.contractregistry.registry.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestFiltersTest {

    @Test
    void dotSegmentsAreFoundPlainOrPercentEncoded() {
        assertThat(RequestFilters.dotSegment("/config/.")).isEqualTo(".");
        assertThat(RequestFilters.dotSegment("/subjects/a/%2E%2e/config")).isEqualTo("..");
        assertThat(RequestFilters.dotSegment("/contexts/./subjects")).isEqualTo(".");
    }

    @Test
    void dotsInsideNamesAndBrokenEscapesAreNoDotSegments() {
        assertThat(RequestFilters.dotSegment("/subjects/a.b/versions")).isNull();
        assertThat(RequestFilters.dotSegment("/subjects/...")).isNull();
        assertThat(RequestFilters.dotSegment("/subjects/%3A.ctx%3Aa")).isNull();
        assertThat(RequestFilters.dotSegment("/subjects/a%2F..%2Fb")).isNull();
        assertThat(RequestFilters.dotSegment("/subjects/%2")).isNull();
    }
}
