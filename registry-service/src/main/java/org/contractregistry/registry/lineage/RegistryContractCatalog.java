package org.contractregistry.registry.lineage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.contractregistry.lineage.catalog.ContractCatalog;
import org.contractregistry.lineage.catalog.ContractVersion;
import org.contractregistry.registry.domain.QualifiedSubject;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.domain.SchemaCatalog;
import org.contractregistry.registry.domain.SubjectVersionView;

/**
 * The lineage port over the registry's own read service. The latest version of each subject is kept for a short
 * while, so a burst of events costs one read; an event older than that version asks the store for its own instant.
 */
public final class RegistryContractCatalog implements ContractCatalog {
    private final SchemaCatalog schemas;
    private final Cache<String, Optional<SubjectVersionView>> latest;

    public RegistryContractCatalog(SchemaCatalog schemas, Duration latestFor) {
        this.schemas = schemas;
        this.latest = Caffeine.newBuilder().expireAfterWrite(latestFor).maximumSize(100_000).build();
    }

    @Override
    public Optional<ContractVersion> versionAt(String subject, Instant instant) {
        QualifiedSubject qualified;
        try {
            qualified = QualifiedSubject.parse(subject);
        } catch (RegistryException invalidName) {
            return Optional.empty();
        }
        Optional<SubjectVersionView> newest = latest.get(subject,
                s -> schemas.versionAt(qualified, Instant.now(), false));
        Optional<SubjectVersionView> current = newest.isEmpty()
                || newest.get().version().registeredAt() <= instant.toEpochMilli()
                ? newest
                : schemas.versionAt(qualified, instant, false);
        return current.map(view -> new ContractVersion(subject, view.version().version(), view.schema().id(),
                schemas.contractOf(view.schema())));
    }
}
