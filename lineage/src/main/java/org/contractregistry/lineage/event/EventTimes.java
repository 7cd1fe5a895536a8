package org.contractregistry.lineage.event;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads an OpenLineage {@code eventTime}: an ISO-8601 date-time with offset, as {@link OffsetDateTime#parse} reads it.
 * The usual form ({@code 2026-11-25T10:00:00[.fraction](Z|+hh:mm)}) is read directly, several times faster than the
 * general formatter; anything else goes to {@link OffsetDateTime#parse}.
 */
final class EventTimes {
    private static final int[] NANOS_PER_DIGIT = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100,
        10, 1};

    private EventTimes() {}

    /** The instant, or a {@link DateTimeException} when the text is not a date-time with offset. */
    static Instant parse(String text) {
        Instant fast = usual(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** Null when the text is not of the usual form; a {@link DateTimeException} when it is but a field is out of range. */
    private static Instant usual(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) | 0x20) != 't'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
                at++;
            }
            int fraction = digits(text, start, at);
            if (at == start || fraction < 0) {
                return null;
            }
            nanos = fraction * NANOS_PER_DIGIT[at - start];
        }
        ZoneOffset offset = offset(text, at);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || offset == null) {
            return null;
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset).toInstant();
    }

    private static ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        if (rest == 1 && (text.charAt(at) | 0x20) == 'z') {
            return ZoneOffset.UTC;
        }
        char sign = rest == 6 ? text.charAt(at) : ' ';
        if ((sign != '+' && sign != '-') || text.charAt(at + 3) != ':') {
            return null;
        }
        int hours = digits(text, at + 1, at + 3);
        int minutes = digits(text, at + 4, at + 6);
        if (hours < 0 || minutes < 0) {
            return null;
        }
        return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    }

    /** The decimal value of text[from, to), or -1 when a character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
