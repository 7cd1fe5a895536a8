package org.contractregistry.lineage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path reads exactly what {@link OffsetDateTime#parse} reads, and refuses what it refuses. */
class EventTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T10:00:00Z", "2026-11-25T10:00:00.1Z", "2026-11-25T10:00:00.123456789Z",
        "2026-11-25T10:00:00.000001+02:00", "2026-11-25t23:59:59-05:30", "2026-11-25T10:00:00z",
        "2024-02-29T00:00:00+00:00", "2026-11-25T10:00:00-00:00", "0000-01-01T00:00:00Z", "2026-11-25T10:00Z",
        "+12026-11-25T10:00:00Z", "2026-11-25T10:00:00+02:00:30", "2026-11-25T10:00:00.5+18:00",
        "2026-11-25T10:00:00.Z"})
    void readsWhatTheIsoFormatterReads(String text) {
        assertThat(EventTimes.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T10:00:00", "2026-13-25T10:00:00Z", "2026-02-30T10:00:00Z",
        "2026-11-25T24:00:00Z", "2026-11-25T10:60:00Z", "2026-11-25T10:00:60Z", "2026-11-25T10:00:00.1234567891Z", "2026-11-25T10:00:00+19:00", "2026-11-25T10:00:00+0200",
        "2026-11-25 10:00:00Z", "2026-1x-25T10:00:00Z", "2026-11-25T10:00:00+02:6a", "yesterday",
        "2026-11-25T10:00:00ZZ", "２０２６-11-25T10:00:00Z"})
    void refusesWhatTheIsoFormatterRefuses(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> EventTimes.parse(text)).isInstanceOf(DateTimeException.class);
    }
}
