package org.contractregistry.registry.domain;

import java.util.List;
import org.contractregistry.registry.domain.metrics.RegistryMetrics;
import org.contractregistry.registry.domain.audit.Changes;
import org.contractregistry.registry.domain.access.AccessControl;
import org.contractregistry.registry.domain.access.AccessTarget;
import org.contractregistry.registry.domain.access.Permission;
import org.contractregistry.registry.store.RegistryStore;
import org.contractregistry.registry.store.Transactions;

/**
 * Soft then permanent deletion of subjects and versions, in Confluent's order (40404..40407 for each wrong order),
 * refusing to delete what other schemas reference (42206); deletion of empty contexts (42211 otherwise).
 */
public final class DeletionService {
    private final Transactions transactions;
    private final SchemaCatalog catalog;
    private final SettingsService settings;
    private final RegistryMetrics metrics;
    private final AccessControl access;

    public DeletionService(SchemaCatalog catalog, SettingsService settings) {
        this(catalog, settings, RegistryMetrics.NONE, AccessControl.OPEN);
    }

    public DeletionService(SchemaCatalog catalog, SettingsService settings, RegistryMetrics metrics,
            AccessControl access) {
        this.access = access;
        this.transactions = catalog.transactions();
        this.catalog = catalog;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** {@code DELETE /subjects/{s}}: the version numbers deleted. */
    public List<Integer> deleteSubject(QualifiedSubject subject, boolean permanent) {
        access.require(Permission.MANAGE_SUBJECT, subject);
        List<Integer> deleted = transactions.write(store -> {
            List<VersionRecord> versions = lockedVersions(store, subject);
            boolean anyLive = versions.stream().anyMatch(v -> !v.deleted());
            if (!permanent && !anyLive) {
                throw new RegistryException(ErrorCode.SUBJECT_SOFT_DELETED, "Subject '" + subject.qualified()
                        + "' was soft deleted. Set permanent=true to delete permanently");
            }
            if (permanent && anyLive) {
                throw new RegistryException(ErrorCode.SUBJECT_NOT_SOFT_DELETED, "Subject '" + subject.qualified()
                        + "' was not deleted first before being permanently deleted");
            }
            List<VersionRecord> affected = versions.stream().filter(v -> permanent || !v.deleted()).toList();
            for (VersionRecord v : affected) {
                requireUnreferenced(store, subject, v.version(), permanent);
            }
            for (VersionRecord v : affected) {
                remove(store, v, permanent);
            }
            if (permanent) {
                store.deleteConfig(subject);
                store.deleteMode(subject);
            }
            List<Integer> numbers = affected.stream().map(VersionRecord::version).toList();
            store.audit(Changes.subjectDeleted(subject, permanent, numbers));
            return numbers;
        });
        metrics.deletion(permanent, deleted.size());
        return deleted;
    }

    /** {@code DELETE /subjects/{s}/versions/{v}}: the version number deleted. */
    public int deleteVersion(QualifiedSubject subject, VersionSpec spec, boolean permanent) {
        access.require(Permission.MANAGE_SUBJECT, subject);
        int deleted = transactions.write(store -> {
            List<VersionRecord> versions = lockedVersions(store, subject);
            VersionRecord target = SchemaCatalog.pick(versions, subject, spec, permanent || !spec.isLatest());
            if (!permanent && target.deleted()) {
                throw new RegistryException(ErrorCode.VERSION_SOFT_DELETED, "Subject '" + subject.qualified()
                        + "' Version " + target.version() + " was soft deleted. Set permanent=true to delete permanently");
            }
            if (permanent && !target.deleted()) {
                throw new RegistryException(ErrorCode.VERSION_NOT_SOFT_DELETED, "Subject '" + subject.qualified()
                        + "' Version " + target.version() + " was not deleted first before being permanently deleted");
            }
            requireUnreferenced(store, subject, target.version(), permanent);
            remove(store, target, permanent);
            if (permanent && versions.size() == 1) {
                store.deleteConfig(subject);
                store.deleteMode(subject);
            }
            store.audit(Changes.versionDeleted(subject, target.version(), target.schemaId(), permanent));
            return target.version();
        });
        metrics.deletion(permanent, 1);
        return deleted;
    }

    /**
     * {@code DELETE /contexts/{ctx}}: forgets a context without subject versions, so it leaves {@code GET /contexts};
     * 42211 while any version (soft-deleted ones too) is in it. As in Confluent, a context never used and the default
     * context (which stays listed) are forgotten alike, and modes do not refuse it. Its configs and modes stay.
     */
    public void deleteContext(String context) {
        access.require(Permission.MANAGE_CONTEXT, AccessTarget.context(context));
        transactions.write(store -> {
            // Deleting the lock rows first waits for registrations holding one, so the check below sees their versions
            store.forgetContext(context);
            if (store.hasVersions(context)) {
                throw new RegistryException(ErrorCode.CONTEXT_NOT_EMPTY,
                        "The specified context '" + context + "' is not empty.");
            }
            store.audit(Changes.contextDeleted(context));
            return null;
        });
    }

    /** Locks the subject for this transaction; 42205 when read-only, 40401 when it has no versions. */
    private List<VersionRecord> lockedVersions(RegistryStore store, QualifiedSubject subject) {
        store.lockSubject(subject);
        settings.requireWritable(store, subject);
        List<VersionRecord> versions = store.versions(subject);
        if (versions.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions;
    }

    private void remove(RegistryStore store, VersionRecord version, boolean permanent) {
        if (!permanent) {
            store.markDeleted(version.subject(), version.version());
            return;
        }
        store.deleteVersion(version.subject(), version.version());
        String context = version.subject().context();
        if (store.versionsOfSchema(context, version.schemaId()).isEmpty()
                && store.referrers(version.subject(), version.version()).isEmpty()) {
            store.deleteSchema(context, version.schemaId());
            catalog.evict(context, version.schemaId());
        }
    }

    /** 42206 while a schema still references the version (for a soft delete: one with a live version). */
    private static void requireUnreferenced(RegistryStore store, QualifiedSubject subject, int version,
            boolean permanent) {
        for (int referrer : store.referrers(subject, version)) {
            boolean blocking = store.versionsOfSchema(subject.context(), referrer).stream()
                    .anyMatch(v -> permanent || !v.deleted());
            if (blocking) {
                throw new RegistryException(ErrorCode.REFERENCE_EXISTS, "One or more references exist to the schema {"
                        + "subject=" + subject.qualified() + ", version=" + version + "} (referenced by id "
                        + referrer + ")");
            }
        }
    }
}
