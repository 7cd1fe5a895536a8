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

    /** One page of entries matching the filter, newest first, and the chain's verification. */
    Optional<AuditPage> entries(AuditFilter filter);

    /** @param subject, actor, operation: exact values or null; from, to: the time range or null */
    record AuditFilter(String subject, String actor, String operation, Instant from, Instant to, int offset,
            int limit) {}

    record AuditEntry(long sequence, Instant at, String actor, String operation, String target, Integer version) {}

    /** @param verification a sentence saying whether the hash chain verified, and up to which entry */
    record AuditPage(AuditFilter filter, List<AuditEntry> entries, int total, boolean verified, String verification) {}

    /** @param available false when the registry keeps no governance metadata */
    record SubjectGovernance(boolean available, String owner, List<String> tags, List<String> sensitiveFields) {
        public static final SubjectGovernance NONE = new SubjectGovernance(false, null, List.of(), List.of());
    }
}
