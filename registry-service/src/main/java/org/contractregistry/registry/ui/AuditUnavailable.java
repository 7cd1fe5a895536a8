package org.contractregistry.registry.ui;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** The UI's view of the audit log while the registry has none: nothing to show, and the pages say so. */
@DefaultBean
@ApplicationScoped
public class AuditUnavailable implements AuditSource {
    @Override
    public boolean available() {
        return false;
    }

    @Override
    public Map<Integer, String> authors(String subject) {
        return Map.of();
    }

    @Override
    public SubjectGovernance governance(String subject) {
        return SubjectGovernance.NONE;
    }

    @Override
    public Optional<AuditPage> entries(AuditFilter filter) {
        return Optional.empty();
    }
}
