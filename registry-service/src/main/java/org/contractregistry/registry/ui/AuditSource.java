package org.contractregistry.registry.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the UI reads from the audit log and the subjects' governance metadata. The registry's audit service provides it
 * (a bean of this type replaces {@link AuditUnavailable}); until then the pages say the audit log is not available,
 * which is then the truth.
 */
public interface AuditSource {
    /** False when this instance has no audit log: the pages say so instead of showing empty lists. */
    boolean available();

    /** Who registered each version of a subject, by version number; empty when unknown. */
    Map<Integer, String> authors(String subject);

    /** Owner, tags and sensitive fields of a subject. */
    SubjectGovernance governance(String subject);

    /**
     * One page of entries matching the filter in chain order, and the chain's verification. Shaped as the audit
     * domain's {@code AuditLog.page(AuditFilter)} and {@code AuditLog.verify()}: an adapter maps one to the other.
     */
    Optional<AuditPage> entries(AuditFilter filter);

    /**
     * @param target the subject (qualified) an entry concerns, or null; actor, operation: exact values or null
     * @param from inclusive, to exclusive, or null
     * @param afterSeq entries after this chain position (0 for the start)
     */
    record AuditFilter(String target, String actor, String operation, Instant from, Instant to, long afterSeq,
            int limit) {}

    record AuditEntry(long seq, Instant at, String actor, String operation, String target, Integer version) {}

    /**
     * @param next the {@code afterSeq} of the next page, or null on the last
     * @param verification a sentence saying whether the hash chain verified, and if not, the first entry that did not
     */
    record AuditPage(List<AuditEntry> entries, Long next, boolean verified, String verification) {}

    /** @param available false when the registry keeps no governance metadata */
    record SubjectGovernance(boolean available, String owner, List<String> tags, List<String> sensitiveFields) {
        public static final SubjectGovernance NONE = new SubjectGovernance(false, null, List.of(), List.of());
    }
}
