package org.contractregistry.registry.domain;

/** A subject version together with its schema: what {@code GET /subjects/{s}/versions/{v}} returns. */
public record SubjectVersionView(VersionRecord version, StoredSchema schema) {

    public QualifiedSubject subject() {
        return version.subject();
    }
}
