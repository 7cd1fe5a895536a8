package org.contractregistry.registry.ui;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.SubjectVersionView;
import org.contractregistry.registry.domain.VersionSpec;
import org.contractregistry.registry.domain.audit.AuditLog;
import org.contractregistry.registry.domain.audit.ChainVerdict;

/**
 * The UI's view of the audit log and of the subjects' governance metadata, read through the same domain services
 * the REST API uses ({@link AuditLog}, {@link SchemaCatalog}): the log's pages and verification for auditors and
 * admins (others are told they may not read it), version authors from {@code schema.register} entries, owner, tags
 * and sensitive fields from the latest version's metadata.
 */
@ApplicationScoped
public class AuditLogSource implements AuditSource {
    private static final String REGISTER = "schema.register";
    private final AuditLog log;
    private final SchemaCatalog catalog;

    public AuditLogSource(AuditLog log, SchemaCatalog catalog) {
        this.log = log;
        this.catalog = catalog;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Map<Integer, String> authors(String subject) {
        Map<Integer, String> authors = new HashMap<>();
        try {
            org.contractregistry.registry.domain.audit.AuditFilter filter =
                    new org.contractregistry.registry.domain.audit.AuditFilter(subject, null, REGISTER, null, null, 0,
                            org.contractregistry.registry.domain.audit.AuditFilter.MAX_LIMIT);
            log.export(filter, entry -> {
                if (entry.version() != null) {
                    authors.put(entry.version(), entry.principal());
                }
            });
        } catch (RegistryException e) {
            if (e.errorCode() != ErrorCode.FORBIDDEN) {
                throw e;
            }
            // A reader may not read the audit log: the page shows no authors.
        }
        return authors;
    }

    @Override
    public SubjectGovernance governance(String subject) {
        try {
            SubjectVersionView latest = catalog.version(QualifiedSubject.parse(subject), VersionSpec.parse("latest"),
                    false);
            org.contractregistry.registry.domain.SubjectGovernance g = org.contractregistry.registry.domain
                    .SubjectGovernance.of(subject, latest.version().version(), latest.schema().metadata());
            List<String> sensitive = new ArrayList<>();
            g.sensitivity().forEach((level, fields) -> fields.forEach(field -> sensitive.add(field + " (" + level
                    + ")")));
            return new SubjectGovernance(true, g.owner(), List.copyOf(g.tags()), sensitive);
        } catch (RegistryException e) {
            return SubjectGovernance.NONE;
        }
    }

    @Override
    public Optional<AuditPage> entries(AuditFilter filter) {
        org.contractregistry.registry.domain.audit.AuditFilter domain =
                new org.contractregistry.registry.domain.audit.AuditFilter(filter.target(), filter.actor(),
                        filter.operation(), millis(filter.from()), millis(filter.to()), filter.afterSeq(),
                        Math.max(1, Math.min(filter.limit(),
                                org.contractregistry.registry.domain.audit.AuditFilter.MAX_LIMIT)));
        AuditLog.Page page = log.page(domain);
        List<AuditEntry> entries = page.entries().stream().map(e -> new AuditEntry(e.seq(),
                Instant.ofEpochMilli(e.occurredAt()), e.principal(), e.operation(), e.target(), e.version())).toList();
        AuditLog.Recent recent = log.verifyRecent();
        ChainVerdict verdict = recent.verdict();
        String verification = verdict.valid()
                ? "The hash chain verifies: " + verdict.entries() + " entries, none edited, deleted, inserted or"
                        + " reordered (whole chain walked at " + Instant.ofEpochMilli(recent.fullWalkAt())
                        + (recent.walkedFrom() > 0 ? ", entries after " + recent.walkedFrom() + " just now)." : ").")
                : "The hash chain does NOT verify: " + verdict.problem().message();
        return Optional.of(new AuditPage(entries, page.next(), verdict.valid(), verification));
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
