package org.contractregistry.registry.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.audit.AuditFilter;
import org.contractregistry.registry.domain.audit.Changes;

/** The query parameters of {@code GET /api/v1/audit} read into a filter; a bad one is 400 naming it. */
final class AuditQuery {
    private AuditQuery() {
    }

    static AuditFilter filter(String subject, String actor, String operation, String from, String to, String after,
            String limit) {
        String target = blank(subject) ? null : Changes.target(QualifiedSubject.parse(subject));
        long afterSeq = after == null ? 0 : number("after", after, 0, Long.MAX_VALUE);
        int size = limit == null ? AuditFilter.DEFAULT_LIMIT
                : (int) number("limit", limit, 1, AuditFilter.MAX_LIMIT);
        return new AuditFilter(target, blank(actor) ? null : actor, blank(operation) ? null : operation,
                instant("from", from), instant("to", to), afterSeq, size);
    }

    /** JSON Lines when asked by {@code format=jsonl} or an Accept header naming only JSON Lines. */
    static boolean jsonLines(String format, String accept) {
        if (format != null && !format.isBlank()) {
            if (format.equals("jsonl")) {
                return true;
            }
            if (format.equals("json")) {
                return false;
            }
            throw bad("Query parameter 'format' must be json or jsonl, not '" + format + "'");
        }
        return accept != null && accept.contains(AuditResource.JSON_LINES) && !accept.contains(MediaTypes.JSON);
    }

    /** An instant as ISO-8601 ({@code 2026-01-31T12:00:00Z}) or epoch milliseconds; null when absent. */
    private static Long instant(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return number(name, value, 0, Long.MAX_VALUE);
        }
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw bad("Query parameter '" + name + "' must be an ISO-8601 instant such as 2026-01-31T12:00:00Z or"
                    + " epoch milliseconds, not '" + value + "'");
        }
    }

    private static long number(String name, String value, long min, long max) {
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw bad("Query parameter '" + name + "' must be a whole number, not '" + value + "'");
        }
        if (n < min || n > max) {
            throw bad("Query parameter '" + name + "' must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static RegistryException bad(String message) {
        return new RegistryException(ErrorCode.MALFORMED_REQUEST, message);
    }
}
