package org.contractregistry.registry.domain.audit;

/**
 * Which audit entries to read: each criterion null for any. Entries come in chain order from {@code afterSeq}.
 *
 * @param target    the subject (qualified), context, user, team or key an entry concerns
 * @param actor     the principal who made the change
 * @param operation the operation, e.g. {@code schema.register}
 * @param from      epoch millis, inclusive
 * @param to        epoch millis, exclusive
 * @param afterSeq  entries after this chain position (0 for the start)
 * @param limit     at most this many (a page)
 */
public record AuditFilter(String target, String actor, String operation, Long from, Long to, long afterSeq,
        int limit) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public AuditFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (afterSeq < 0) {
            throw new IllegalArgumentException("afterSeq must not be negative: " + afterSeq);
        }
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, 0, MAX_LIMIT);
    }

    /** The same criteria, the page after {@code seq}. */
    public AuditFilter after(long seq) {
        return new AuditFilter(target, actor, operation, from, to, seq, limit);
    }
}
